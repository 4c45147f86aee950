import { singular } from '../ingest/inflect.js';
import type { Entity } from './brief-schema.js';

/** Field names that identify a person when the record is about people. */
const PERSONAL_FIELDS = /^(name|first_?name|last_?name|full_?name|display_?name|email|e_?mail|phone|phone_?number|mobile|address|street|postcode|zip|birth_?date|date_?of_?birth|dob)$/i;

function key(name: string): string {
  return singular(name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/\s+/).pop()!.toLowerCase());
}

/**
 * "Personal data of customers" marks the `Customer` entity, and its fields that identify a person,
 * as personal data (for GDPR handling, encryption and export).
 */
export function markPersonalData(entities: readonly Entity[], nouns: readonly string[]): Entity[] {
  const wanted = new Set(nouns.map((n) => singular(n.toLowerCase())));
  return entities.map((e) => {
    if (!wanted.has(key(e.name)) && !wanted.has(e.name.toLowerCase())) return e;
    return { ...e, personalData: true, fields: e.fields.map((f) => (PERSONAL_FIELDS.test(f.name) ? { ...f, personalData: true } : f)) };
  });
}
