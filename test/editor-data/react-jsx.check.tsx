// A React 19 user's component, type-checked (not run) by scripts/check-editor-data.mjs against
// dist/react-jsx.d.ts, loaded as a user would: through the package's "./react-jsx" export.
import type {} from 'hip-widgets/react-jsx';
import type { HipAppointmentClickEvent, HipChecklistChangeEvent } from 'hip-widgets';

export function Page() {
  return (
    <main>
      <hip-complaints-section heading-level={2} conditions="fai,hip-fracture" location="noord" practice-name="Fysio Noord" />
      <hip-condition-card condition="perthes" open heading-level="3" className="card" />
      <symptom-checklist onhip-checklist-change={(event: HipChecklistChangeEvent) => console.log(event.symptoms)} />
      <appointment-cta booking-url="https://example.org/" phone="020 123 4567" email="a@example.org" onhip-appointment-click={(event: HipAppointmentClickEvent) => console.log(event.channel)} />
      <stats-figure stat="physio-hip-share" />
      <stats-figure value={0.42} max="1" unit="%" label="Share" />

      {/* @ts-expect-error `open` is a boolean attribute */}
      <hip-condition-card condition="fai" open="yes" />
      {/* @ts-expect-error `heading-level` is a string or a number */}
      <hip-complaints-section heading-level={{ level: 2 }} />
      {/* @ts-expect-error `value` is a string or a number */}
      <stats-figure value={[1]} />
      {/* @ts-expect-error the checklist's event is a HipChecklistChangeEvent, not a click's */}
      <symptom-checklist onhip-checklist-change={(event: HipAppointmentClickEvent) => event.channel} />
      {/* @ts-expect-error no such element */}
      <hip-no-such-element />
    </main>
  );
}
