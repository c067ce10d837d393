import { z } from 'zod';
import { idFormatProblem, tagProblems } from './fieldRules';
import { MAP_FORMAT_VERSION, NODE_KINDS, RELATION_KINDS } from './types';

// Structure only; the rules that need the whole map (references, quotes, cycles) live in rules.ts.

const id = z.string().superRefine((value, ctx) => {
  const message = idFormatProblem(value);
  if (message) ctx.addIssue({ code: 'custom', message });
});

const quote = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});

// One message per tag: an empty or overlong tag is not also told what it may contain.
const tags = z.array(z.string()).superRefine((list, ctx) => {
  for (const { index, message } of tagProblems(list)) {
    ctx.addIssue({ code: 'custom', message, path: index === undefined ? [] : [index] });
  }
});

const said = z.strictObject({
  speaker: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'is longer than 200 characters')
    .optional(),
  text: z.string().trim().min(1, 'must not be empty').max(5000, 'is longer than 5000 characters'),
});

const node = z.strictObject({
  id,
  kind: z.enum(NODE_KINDS),
  implicit: z.boolean().default(false),
  text: z.string().trim().min(1, 'must not be empty').max(5000, 'is longer than 5000 characters'),
  gloss: z.string().max(5000).default(''),
  quote: quote.optional(),
  breaksOff: z.boolean().optional(),
  tags: tags.optional(),
  said: said.optional(),
});

const relation = z.strictObject({
  id,
  kind: z.enum(RELATION_KINDS),
  from: z.array(id).min(1, 'needs at least one node'),
  to: id,
});

const group = z.strictObject({
  id,
  label: z.string().min(1),
  members: z.array(id).min(1, 'needs at least one member'),
});

// A language tag (`en`, `de`, `de-CH`) to text shown in that interface language.
const localized = z.record(
  z.string().min(2, 'must be a language tag such as "en"').max(35),
  z.string().max(5000, 'is longer than 5000 characters'),
);

const tourStep = z.strictObject({
  id,
  title: localized.optional(),
  caption: localized.optional(),
  notes: localized.optional(),
  nodes: z.array(id).min(1, 'a step must reveal at least one node'),
});

const tour = z.strictObject({
  id,
  title: localized,
  steps: z.array(tourStep).min(1, 'a tour needs at least one step'),
});

export const mapSchema = z.strictObject({
  version: z.literal(MAP_FORMAT_VERSION),
  title: z.string().min(1),
  source: z.strictObject({
    text: z.string(),
    language: z.string().min(2),
    page: z.number().int().optional(),
    citation: z.string().optional(),
  }),
  // A new map starts empty; the user adds the first claim.
  nodes: z.array(node),
  relations: z.array(relation).default([]),
  groups: z.array(group).default([]),
  tours: z.array(tour).optional(),
});
