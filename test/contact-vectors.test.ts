/**
 * The shared table of contact values (test/vectors/contact.json): what a
 * practice types, and the link the widgets make of it. The WordPress plugin's
 * test reads the same table for its PHP (scripts/wordpress/site-setup.php), so
 * the links it pre-renders are the ones the widgets write when they hydrate.
 */
import { expect } from '@open-wc/testing';
import { parseBookingUrl, parseEmail, parsePhone } from '../src/contact.js';

interface Vectors {
  phone: [string, { display: string; href: string } | null][];
  email: [string, { display: string; href: string } | null][];
  bookingUrl: [string, string | null][];
}

async function vectors(): Promise<Vectors> {
  const response = await fetch('/test/vectors/contact.json');
  expect(response.ok, 'test/vectors/contact.json').to.be.true;
  return (await response.json()) as Vectors;
}

describe('shared contact vectors (test/vectors/contact.json)', () => {
  it('phone numbers: shown as written, dialled in international form, or refused', async () => {
    const { phone } = await vectors();
    expect(phone.length).to.be.above(10);
    for (const [input, expected] of phone) {
      const parsed = parsePhone(input);
      expect(parsed.ok ? { display: parsed.value.display, href: parsed.value.href } : null, JSON.stringify(input)).to.deep.equal(expected);
    }
  });

  it('e-mail addresses: shown as written, mailto: with % ? # encoded, or refused', async () => {
    const { email } = await vectors();
    for (const [input, expected] of email) {
      const parsed = parseEmail(input);
      expect(parsed.ok ? { display: parsed.value.display, href: parsed.value.href } : null, JSON.stringify(input)).to.deep.equal(expected);
    }
  });

  it('booking URLs: the URL standard serialisation, or refused', async () => {
    const { bookingUrl } = await vectors();
    for (const [input, expected] of bookingUrl) {
      const parsed = parseBookingUrl(input);
      expect(parsed.ok ? parsed.value : null, JSON.stringify(input)).to.equal(expected);
    }
  });
});
