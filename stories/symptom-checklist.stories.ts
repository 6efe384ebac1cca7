import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { SYMPTOM_IDS, type SymptomChecklist } from '../src/index.js';
import { cssPropertiesStyle, renderedElement, type CssPropertyArgs } from './support.js';

type ChecklistArgs = CssPropertyArgs & {
  onHipChecklistChange?: (event: Event) => void;
};

type PlayContext = { canvasElement: HTMLElement; viewMode: string };

/**
 * The checklist and a way to tick its boxes (in the element's shadow root, in
 * list order). In a story: a real click, focus and all (the Interactions panel
 * shows it). On the docs page, where every story plays at once: a click
 * without focus, or the page would scroll down to the last box ticked.
 */
async function checklistIn({ canvasElement, viewMode }: PlayContext) {
  const checklist = await renderedElement<SymptomChecklist>(canvasElement, 'symptom-checklist');
  const boxes = [...(checklist.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  const tick = async (index: number) => {
    if (viewMode === 'docs') boxes[index].click();
    else await userEvent.click(boxes[index]);
    await checklist.updateComplete;
  };
  return { checklist, boxes, tick };
}

/**
 * The "Last van de heup?" self-check. It has no attribute for what is ticked
 * (what a visitor ticks is health data and stays in the element), so the
 * stories below tick the boxes the way a visitor does, by clicking them (see
 * the Interactions panel). The Actions panel shows each `hip-checklist-change`.
 */
const meta = {
  title: 'Elements/symptom-checklist',
  component: 'symptom-checklist',
  // Tick the boxes on the docs page too, so its stories differ there as they do in the sidebar.
  parameters: { docs: { story: { autoplay: true } } },
  render: (args) => html`<symptom-checklist style=${cssPropertiesStyle(args)} @hip-checklist-change=${args.onHipChecklistChange}></symptom-checklist>`,
} satisfies Meta<ChecklistArgs>;

export default meta;
type Story = StoryObj<ChecklistArgs>;

/** As a visitor first sees it: nothing ticked, the result invites them to tick. */
export const Empty: Story = {};

export const OneTicked: Story = {
  name: 'One symptom ticked',
  play: async (context) => {
    const { checklist, tick } = await checklistIn(context);
    await tick(0);
    await expect(checklist.selected).toEqual([SYMPTOM_IDS[0]]);
  },
};

export const AllTicked: Story = {
  name: 'All symptoms ticked',
  play: async (context) => {
    const { checklist, boxes, tick } = await checklistIn(context);
    for (const index of boxes.keys()) await tick(index);
    await expect(checklist.selected).toEqual([...SYMPTOM_IDS]);
  },
};

/** Ticked and unticked again: the result then says none was recognized, and still offers contact. */
export const TickedThenCleared: Story = {
  name: 'Ticked, then all cleared',
  play: async (context) => {
    const { checklist, tick } = await checklistIn(context);
    await tick(1);
    await tick(1);
    await expect(checklist.selected).toEqual([]);
  },
};
