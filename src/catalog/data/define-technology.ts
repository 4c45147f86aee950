import type { DecisionArea } from '../../model/decision.js';
import type { Technology, TechnologyKind } from '../catalog.js';

interface TechnologySpec {
  readonly aliases?: readonly string[];
  /** Names or aliases that are ordinary words in lower case ("react", "go", "express"): matched with their exact case. */
  readonly caseSensitive?: readonly string[];
  readonly language?: string;
  readonly version: string;
  readonly min?: string;
  readonly traits?: readonly string[];
  readonly description: string;
}

/** Compact constructor for catalog rows; keeps the data files readable. */
export function tech(
  id: string,
  name: string,
  kind: TechnologyKind,
  areas: readonly DecisionArea[],
  spec: TechnologySpec,
): Technology {
  return {
    id,
    name,
    aliases: spec.aliases ?? [],
    ...(spec.caseSensitive ? { caseSensitive: spec.caseSensitive } : {}),
    kind,
    areas,
    ...(spec.language ? { language: spec.language } : {}),
    currentVersion: spec.version,
    minVersion: spec.min ?? spec.version,
    traits: spec.traits ?? [],
    description: spec.description,
  };
}
