// The filing as it is stored and sent: every field in its normalised form (spec §3).
import type { Filing, Principal, SpecialWorker, Team, Workshop } from '../filing'
import { checkCertificateNo } from './certificate'
import { checkCreditCode } from './creditCode'
import { checkDate } from './dates'
import { normalizePersonName } from './personName'
import { checkPhone } from './phone'
import { checkRequiredText } from './text'

/** A copy of the filing with every field normalised; invalid values are kept, normalised. */
export function normalizeFiling(filing: Filing): Filing {
  return {
    enterprise: { creditCode: checkCreditCode(filing.enterprise.creditCode).value },
    principals: filing.principals.map(normalizePrincipal),
    workshops: filing.workshops.map(workshop => ({
      ...normalizePrincipal(workshop),
      workshopName: text(workshop.workshopName),
    })),
    teams: filing.teams.map(team => ({
      ...normalizePrincipal(team),
      workshopId: team.workshopId.trim(),
      teamName: text(team.teamName),
    })),
    specialWorkers: filing.specialWorkers.map(normalizeSpecialWorker),
  }
}

function normalizePrincipal<T extends Principal | Workshop | Team>(person: T): T {
  return {
    ...person,
    name: normalizePersonName(person.name),
    position: text(person.position),
    phone: checkPhone(person.phone).value,
  }
}

function normalizeSpecialWorker(worker: SpecialWorker): SpecialWorker {
  return {
    ...worker,
    name: normalizePersonName(worker.name),
    phone: checkPhone(worker.phone).value,
    certificateNo: checkCertificateNo(worker.certificateNo).value,
    issuer: text(worker.issuer),
    validFrom: checkDate(worker.validFrom, '').value,
    validUntil: checkDate(worker.validUntil, '').value,
  }
}

function text(raw: string): string {
  return checkRequiredText(raw, '').value
}
