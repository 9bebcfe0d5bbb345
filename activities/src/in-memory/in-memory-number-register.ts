import { chooseDocumentNumber, type NumberRegisterState } from '@dondoc/domain';
import type { NumberRegister, NumberReservation } from '../ports';

/** Outgoing registers per agency and year in memory, using the domain's numbering rule. */
export class InMemoryNumberRegister implements NumberRegister {
  private readonly registers = new Map<string, NumberRegisterState>();
  private readonly byKey = new Map<string, number>();

  /** Seeds a register (numbers already used or voided this year). */
  seed(state: NumberRegisterState): void {
    this.registers.set(`${state.agencyId}:${state.year}`, state);
  }

  async reserve(r: NumberReservation): Promise<number> {
    const known = this.byKey.get(r.reservationKey);
    if (known !== undefined) return known;
    const id = `${r.agencyId}:${r.year}`;
    const register = this.registers.get(id) ?? { agencyId: r.agencyId, year: r.year, used: [] };
    const n = chooseDocumentNumber(register, r.agencyId, r.year, r.requested);
    this.registers.set(id, { ...register, reserved: [...(register.reserved ?? []), n] });
    this.byKey.set(r.reservationKey, n);
    return n;
  }
}
