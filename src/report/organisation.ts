/** The whole organisation's year: a summary of every group, and the financing split per municipality. Pure. */
import type { Group, Organisation } from '../model/registry.js';
import type { ActivityStatusName } from '../schema/plan.js';
import type { FollowUpView } from './follow-up.js';
import { held, type GroupYear } from './year-data.js';

export interface SummaryView {
  organisation: { name: string };
  year: number;
  groups: { name: string; kindName: string; meetingsHeld: number; meetingsPlanned: number; activities: Record<ActivityStatusName, number>; hasPlan: boolean }[];
  totals: { meetingsHeld: number; activities: Record<ActivityStatusName, number> };
}

/** What the summary needs of one group's year: a few numbers, so the year itself need not be kept. */
export interface GroupSummary {
  group: Group;
  meetingsHeld: number;
  meetingsPlanned: number;
  activities: Record<ActivityStatusName, number>;
  hasPlan: boolean;
}

export function groupSummary(groupYear: GroupYear, followUp: FollowUpView): GroupSummary {
  const meetingsHeld = groupYear.meetings.filter(held).length;
  return {
    group: groupYear.group,
    meetingsHeld,
    meetingsPlanned: groupYear.meetings.length - meetingsHeld,
    activities: followUp.counts,
    hasPlan: followUp.hasPlan,
  };
}

export function summaryView(org: Organisation, year: number, groups: GroupSummary[]): SummaryView {
  const totals = { meetingsHeld: 0, activities: { 'not-started': 0, ongoing: 0, done: 0 } as Record<ActivityStatusName, number> };
  const rows = groups.map((g) => {
    totals.meetingsHeld += g.meetingsHeld;
    for (const k of Object.keys(totals.activities) as ActivityStatusName[]) totals.activities[k] += g.activities[k];
    return {
      name: g.group.name,
      kindName: org.registry.groupKinds.find((k) => k.id === g.group.kind)?.name ?? g.group.kind,
      meetingsHeld: g.meetingsHeld,
      meetingsPlanned: g.meetingsPlanned,
      activities: g.activities,
      hasPlan: g.hasPlan,
    };
  });
  return { organisation: { name: org.registry.organisation.name }, year, groups: rows, totals };
}

export interface FinancingView {
  organisation: { name: string };
  year: number;
  feePerInhabitant: string;
  regionShare: string;
  populationDate?: string;
  population: string;
  total: string;
  region: string;
  municipalitiesTotal: string;
  municipalities: { name: string; population: string; share: string; amount: string }[];
}

const kronor = (n: number) =>
  `${Math.round(n)
    .toLocaleString('sv-SE')
    .replace(/\u00a0/g, ' ')} kr`;
const number = (n: number) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

/**
 * Each municipality pays the fee for each of its inhabitants; the region pays
 * its share of the whole (50 %: as much as the municipalities together).
 */
export function financingView(org: Organisation, year: number): FinancingView | undefined {
  const financing = org.registry.organisation.financing;
  const municipalities = org.registry.municipalities;
  if (!financing || !municipalities.length) return undefined;
  const population = municipalities.reduce((sum, m) => sum + m.population, 0);
  const municipalitiesTotal = population * financing.feePerInhabitant;
  const total = financing.regionShare < 1 ? municipalitiesTotal / (1 - financing.regionShare) : municipalitiesTotal;
  const dates = [...new Set(municipalities.map((m) => m.populationDate))];
  return {
    organisation: { name: org.registry.organisation.name },
    year,
    feePerInhabitant: kronor(financing.feePerInhabitant),
    regionShare: `${Math.round(financing.regionShare * 100)} %`,
    populationDate: dates.length === 1 ? dates[0] : undefined,
    population: number(population),
    total: kronor(total),
    region: kronor(total - municipalitiesTotal),
    municipalitiesTotal: kronor(municipalitiesTotal),
    municipalities: municipalities.map((m) => ({
      name: m.name,
      population: number(m.population),
      share: `${((m.population / population) * 100).toFixed(1).replace('.', ',')} %`,
      amount: kronor(m.population * financing.feePerInhabitant),
    })),
  };
}
