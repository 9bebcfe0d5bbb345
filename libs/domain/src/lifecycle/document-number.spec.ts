import { DomainErrorCode } from '../errors';
import { chooseDocumentNumber, documentSymbol, nextDocumentNumber, type NumberRegisterState } from './document-number';

const reg: NumberRegisterState = { agencyId: 'ubnd', year: 2024, used: [1, 2, 3, 4158], reserved: [4159], voided: [10] };

describe('document numbering per agency per calendar year (Art. 15)', () => {
  it.each<[NumberRegisterState | undefined, string, number, number]>([
    [undefined, 'ubnd', 2024, 1],
    [reg, 'ubnd', 2024, 4160],
    [reg, 'ubnd', 2025, 1], // new year restarts at 01
    [reg, 'so-nn', 2024, 1], // another agency has its own sequence
    [{ agencyId: 'ubnd', year: 2024, used: [], voided: [3] }, 'ubnd', 2024, 4], // voided numbers are not reused
  ])('next(%p, %s, %i) = %i', (r, agency, year, n) => expect(nextDocumentNumber(r, agency, year)).toBe(n));

  it.each<[number | undefined, number | DomainErrorCode]>([
    [undefined, 4160],
    [4159, 4159], // a reserved number may be given
    [3, DomainErrorCode.NumberAlreadyUsed],
    [10, DomainErrorCode.NumberAlreadyUsed],
    [0, DomainErrorCode.NumberAlreadyUsed],
  ])('choose(%p)', (requested, expected) => {
    if (typeof expected === 'number') expect(chooseDocumentNumber(reg, 'ubnd', 2024, requested)).toBe(expected);
    else expect(() => chooseDocumentNumber(reg, 'ubnd', 2024, requested)).toThrow(expect.objectContaining({ code: expected }));
  });

  it.each<[number, string]>([
    [1, '01/KH-UBND'],
    [9, '09/KH-UBND'],
    [35, '35/KH-UBND'],
    [4159, '4159/KH-UBND'],
  ])('symbol of %i is %s', (n, s) => expect(documentSymbol(n, 'KH', 'UBND')).toBe(s));
});
