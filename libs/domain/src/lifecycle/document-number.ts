import { pad2 } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';

/**
 * The outgoing register of one issuing agency for one calendar year (Decree 30 Art. 15): numbers
 * run from 01 on 1 January to 31 December. Voided numbers are never reused; reserved ones are
 * given only when asked for.
 */
export interface NumberRegisterState {
  agencyId: string;
  year: number;
  used: number[];
  reserved?: number[];
  voided?: number[];
}

/** The next free running number for the agency and year (1 when the register is for another year). */
export function nextDocumentNumber(register: NumberRegisterState | undefined, agencyId: string, year: number): number {
  if (!register || register.agencyId !== agencyId || register.year !== year) return 1;
  return Math.max(0, ...register.used, ...(register.reserved ?? []), ...(register.voided ?? [])) + 1;
}

/**
 * Validates a number the clerk chose (e.g. a reserved one), or picks the next one. Refuses a number
 * already used or voided in the year.
 */
export function chooseDocumentNumber(register: NumberRegisterState | undefined, agencyId: string, year: number, requested?: number): number {
  if (requested === undefined) return nextDocumentNumber(register, agencyId, year);
  const sameYear = register && register.agencyId === agencyId && register.year === year;
  const taken = sameYear ? [...register.used, ...(register.voided ?? [])] : [];
  if (!Number.isInteger(requested) || requested < 1 || taken.includes(requested)) {
    throw new DomainError(DomainErrorCode.NumberAlreadyUsed, { agencyId, year, number: requested }, `số ${requested}`);
  }
  return requested;
}

/** Running number as written: at least two digits ("01", "125"). */
export function formatDocumentNumber(n: number): string {
  return n < 10 ? pad2(n) : String(n);
}

/** Number and symbol: "125/KH-UBND". */
export function documentSymbol(n: number, documentType: string, issuerCode: string): string {
  return `${formatDocumentNumber(n)}/${documentType}-${issuerCode}`;
}
