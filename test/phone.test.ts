import { expect } from '@open-wc/testing';
import { parseBookingUrl, parseEmail, parsePhone } from '../src/contact.js';

describe('parsePhone', () => {
  // [as written, dialled]
  const valid: [string, string][] = [
    ['020 123 4567', '+31201234567'],
    ['020-1234567', '+31201234567'],
    ['(020) 123 45 67', '+31201234567'],
    ['020.123.45.67', '+31201234567'],
    ['020/1234567', '+31201234567'],
    ['0201234567', '+31201234567'],
    ['  020 123 4567  ', '+31201234567'],
    ['020\u00a0123\u00a04567', '+31201234567'],
    ['020 – 123 4567', '+31201234567'],
    ['+31 20 765 4321', '+31207654321'],
    ['+31207654321', '+31207654321'],
    ['+31 (0)20 765 4321', '+31207654321'],
    ['+31 (0) 20 765 4321', '+31207654321'],
    ['+31 020 765 4321', '+31207654321'],
    ['0031 20 765 4321', '+31207654321'],
    ['0031 (0)20 765 4321', '+31207654321'],
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['0513 123456', '+31513123456'],
    ['088 123 4567', '+31881234567'],
    ['0800 1234', '+318001234'],
    ['0800-1234567', '+318001234567'],
    ['0900 123 4567', '+319001234567'],
    ['tel:020 123 4567', '+31201234567'],
    ['TEL:+31201234567', '+31201234567'],
    ['+32 2 123 45 67', '+3221234567'],
    ['0032 2 123 45 67', '+3221234567'],
    ['+49 30 1234567', '+49301234567'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+1 (555) 123-4567', '+15551234567'],
  ];
  for (const [written, dialled] of valid) {
    it(`reads ${JSON.stringify(written)} as ${dialled}`, () => {
      const result = parsePhone(written);
      expect(result, JSON.stringify(result)).to.deep.equal({
        ok: true,
        value: { display: written.trim().replace(/^tel:/i, ''), e164: dialled, href: `tel:${dialled}` },
      });
    });
  }

  // [as written, a word the reason must contain]
  const invalid: [string, string][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'letters'],
    ['javascript:alert(1)', 'letters'],
    ['0800-HIPPIJN', 'letters'],
    ['020 123 4567 toestel 12', 'letters'],
    ['12', 'area code'],
    ['112', 'area code'],
    ['201234567', 'area code'],
    ['31201234567', 'area code'],
    ['020 123 456', '9 digits'],
    ['020 123 45678', '11 digits'],
    ['06-1234567', '9 digits'],
    ['+31 20 123 456', 'Dutch'],
    ['+31 20 1234 5678', 'Dutch'],
    ['0800 123', 'Dutch'],
    ['0800 1234 5678', 'Dutch'],
    ['+32 12', 'too few'],
    ['+1 234 567 890 123 456', 'more than the 15'],
    ['+0 20 123 4567', 'country code'],
    ['020 123 4567 +1', 'only digits'],
    ['++31 20 123 4567', 'only digits'],
    ['+', 'only digits'],
    ['020 123 4567; drop', 'letters'],
    ['020_123_4567', 'only digits'],
    ['020\n1234567', 'only digits'],
    ['020 123 4567 #', 'only digits'],
    ['<020 123 4567>', 'only digits'],
    ['0'.repeat(41), 'longer than'],
    ['٠٢٠١٢٣٤٥٦٧', 'only digits'],
  ];
  for (const [written, reason] of invalid) {
    it(`refuses ${JSON.stringify(written)} (${reason})`, () => {
      const result = parsePhone(written);
      expect(result.ok, JSON.stringify(result)).to.equal(false);
      if (!result.ok) expect(result.reason).to.contain(reason);
    });
  }

  it('reads national numbers in another country when told its code', () => {
    expect(parsePhone('02 123 45 67', { countryCode: '32' })).to.deep.equal({
      ok: true,
      value: { display: '02 123 45 67', e164: '+3221234567', href: 'tel:+3221234567' },
    });
  });

  it('still checks a Dutch number written with +31 when the default country is another', () => {
    expect(parsePhone('+31 20 123 456', { countryCode: '32' }).ok).to.equal(false);
  });
});

describe('parseBookingUrl', () => {
  const valid: [string, string][] = [
    ['https://example.nl/#afspraak', 'https://example.nl/#afspraak'],
    ['https://example.nl', 'https://example.nl/'],
    ['http://example.nl/afspraak?praktijk=centrum', 'http://example.nl/afspraak?praktijk=centrum'],
    ['  https://example.nl/afspraak  ', 'https://example.nl/afspraak'],
    ['HTTPS://Example.NL/Afspraak', 'https://example.nl/Afspraak'],
    ['https://fysio-zoetermeer.nl/afspraak maken', 'https://fysio-zoetermeer.nl/afspraak%20maken'],
  ];
  for (const [written, href] of valid) {
    it(`accepts ${JSON.stringify(written)}`, () => {
      expect(parseBookingUrl(written)).to.deep.equal({ ok: true, value: href });
    });
  }

  const invalid: [string, string][] = [
    ['', 'empty'],
    ['javascript:alert(1)', '"javascript:"'],
    ['JavaScript:alert(1)', '"javascript:"'],
    ['java\tscript:alert(1)', '"javascript:"'],
    ['data:text/html,<script>alert(1)</script>', '"data:"'],
    ['ftp://example.nl/afspraak', '"ftp:"'],
    ['mailto:info@example.nl', '"mailto:"'],
    ['tel:+31201234567', '"tel:"'],
    ['/afspraak', 'absolute'],
    ['afspraak.html', 'absolute'],
    ['//example.nl/afspraak', 'absolute'],
    ['www.example.nl/afspraak', 'absolute'],
    ['https://', 'absolute'],
    ['https://user:secret@example.nl/', 'password'],
  ];
  for (const [written, reason] of invalid) {
    it(`refuses ${JSON.stringify(written)} (${reason})`, () => {
      const result = parseBookingUrl(written);
      expect(result.ok, JSON.stringify(result)).to.equal(false);
      if (!result.ok) expect(result.reason).to.contain(reason);
    });
  }
});

describe('parseEmail', () => {
  const valid: [string, string, string][] = [
    ['info@example.nl', 'info@example.nl', 'mailto:info@example.nl'],
    ['  info@example.nl ', 'info@example.nl', 'mailto:info@example.nl'],
    ['mailto:info@example.nl', 'info@example.nl', 'mailto:info@example.nl'],
    ['Info.Heup@fysio-centrum.example.nl', 'Info.Heup@fysio-centrum.example.nl', 'mailto:Info.Heup@fysio-centrum.example.nl'],
    ['afspraak+heup@example.nl', 'afspraak+heup@example.nl', 'mailto:afspraak+heup@example.nl'],
    ['a?b#c%d@example.nl', 'a?b#c%d@example.nl', 'mailto:a%3Fb%23c%25d@example.nl'],
  ];
  for (const [written, display, href] of valid) {
    it(`accepts ${JSON.stringify(written)}`, () => {
      expect(parseEmail(written)).to.deep.equal({ ok: true, value: { display, href } });
    });
  }

  const invalid = [
    '',
    'not-an-email',
    'info@',
    '@example.nl',
    'info@localhost',
    'info@@example.nl',
    'info @example.nl',
    'info@example.nl?subject=Afspraak',
    'info@-example.nl',
    'info@example..nl',
    'javascript:alert(1)//@example.nl',
    '"Praktijk" <info@example.nl>',
  ];
  for (const written of invalid) {
    it(`refuses ${JSON.stringify(written)}`, () => {
      expect(parseEmail(written).ok).to.equal(false);
    });
  }
});
