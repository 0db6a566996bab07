/**
 * The catalog model: one zod schema per thing a catalog file holds. Types are inferred from the
 * schemas, and `catalog/catalog.schema.json` is generated from them (see json-schema.ts), so the
 * editor completion, the loader and the types never drift apart.
 */
import { z } from 'zod'
import { ambiguousFilters } from './filters'

export const TOOLS = ['looker', 'amplitude', 'other'] as const
export const KINDS = ['dashboard', 'look', 'explore', 'chart', 'notebook', 'board', 'link'] as const
export const SCOPES = ['company', 'all customers', 'single customer'] as const
export const FILTER_KINDS = ['string', 'date', 'number', 'raw'] as const
/** Layers, earliest first: a later layer overrides an earlier one field by field. */
export const LAYERS = ['bundled', 'synced', 'imported', 'user'] as const

export type Tool = (typeof TOOLS)[number]
export type Kind = (typeof KINDS)[number]
export type Scope = (typeof SCOPES)[number]
export type FilterKind = (typeof FILTER_KINDS)[number]
export type Layer = (typeof LAYERS)[number]

const text = z.string().trim().min(1, 'must not be empty')

/** A hostname such as `sourcegraph.looker.com`; reports may only point at declared hosts. */
export const HostSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/,
    'must be a lower-case host name such as sourcegraph.looker.com (no scheme, port or path)',
  )

/** Report ids: `<tool>-<kind>-<native id>`, e.g. `looker-dashboard-409`, `looker-dashboard-model::name`. */
export const ReportIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._:-]*$/,
    'must be lower-case letters, digits and . _ : - (e.g. looker-dashboard-409)',
  )

export const FilterSchema = z
  .strictObject({
    name: z
      .string()
      .min(1, 'must not be empty')
      .describe('The filter exactly as in the URL, leading spaces kept (" Week").'),
    field: z
      .string()
      .regex(/^[A-Za-z0-9_]+\.[A-Za-z0-9_]+$/, 'must be view.field')
      .optional()
      .describe('Looks and Explores: the field, sent as f[view.field]=expression.'),
    default: z
      .string()
      .default('')
      .describe('A Looker filter expression, emitted as it is; empty means any value.'),
    kind: z.enum(FILTER_KINDS).default('string'),
    example: z
      .string()
      .optional()
      .describe('A sample value seen in a link (e.g. "Chime"); never a default.'),
    customer: z
      .string()
      .regex(
        /^[A-Za-z][A-Za-z0-9_]*$/,
        'must be "name" or an attribute name such as installerEmail',
      )
      .optional()
      .describe('This filter takes the customer: "name" or one of its attributes.'),
  })
  .describe('A filter of a report.')

export const SourceSchema = z.strictObject({
  file: z.string().min(1),
  line: z.number().int().positive().optional(),
})

/**
 * A report as written in a file. Only `id` (or a `url` to derive it from) is needed, because a
 * later layer may override a single field of a report an earlier layer defined. The merged report
 * is then checked against {@link ReportSchema}.
 */
export const ReportEntrySchema = z
  .strictObject({
    id: ReportIdSchema.optional().describe('Derived from the URL when left out.'),
    title: text.optional(),
    aliases: z.array(text).optional(),
    tool: z.enum(TOOLS).optional(),
    kind: z.enum(KINDS).optional(),
    url: z.string().min(1).optional().describe('The link as stored, parameters included.'),
    section: z.array(text).optional().describe('The headings it sits under, outermost first.'),
    description: z.string().optional(),
    notes: z.string().optional(),
    scope: z.enum(SCOPES).optional(),
    filters: z.array(FilterSchema).optional(),
    related: z.array(ReportIdSchema).optional().describe('Ids of related reports, e.g. a twin.'),
    sources: z.array(SourceSchema).optional(),
    hidden: z.boolean().optional().describe('true hides the report (and any earlier layer of it).'),
  })
  .describe('A report, or an override of some fields of a report of an earlier layer.')

export const CustomerSchema = z
  .strictObject({
    name: text,
    aliases: z.array(text).default([]),
    attributes: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string())
      .default({})
      .describe('installerEmail, serverId, instance, endpoint…'),
  })
  .describe('A customer whose name and attributes fill customer filters.')

export const CatalogFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    layer: z
      .enum(['synced', 'imported', 'user'])
      .default('user')
      .describe('Which layer this file belongs to; files written by sync and import say so.'),
    hosts: z.array(HostSchema).default([]).describe('The https hosts its reports may point at.'),
    reports: z.array(ReportEntrySchema).default([]),
    customers: z.array(CustomerSchema).default([]),
  })
  .describe('A Dashkey catalog file.')

/** A complete report, after layering. */
export const ReportSchema = z.strictObject({
  id: ReportIdSchema,
  title: text,
  aliases: z.array(text).default([]),
  tool: z.enum(TOOLS),
  kind: z.enum(KINDS),
  url: z.string().min(1),
  section: z.array(text).default([]),
  description: z.string().default(''),
  notes: z.string().default(''),
  scope: z.enum(SCOPES).default('company'),
  filters: z
    .array(FilterSchema)
    .default([])
    .check((ctx) => {
      for (const { index, message } of ambiguousFilters(ctx.value)) {
        ctx.issues.push({ code: 'custom', input: ctx.value, path: [index, 'name'], message })
      }
    }),
  related: z.array(ReportIdSchema).default([]),
  sources: z.array(SourceSchema).default([]),
  /** The hosts declared by the file that gave the report its URL: the only hosts it may open. */
  hosts: z.array(HostSchema).default([]),
})

export type Filter = z.infer<typeof FilterSchema>
export type ReportEntry = z.infer<typeof ReportEntrySchema>
export type Report = z.infer<typeof ReportSchema>
export type Customer = z.infer<typeof CustomerSchema>
export type CatalogFile = z.infer<typeof CatalogFileSchema>
export type Source = z.infer<typeof SourceSchema>

/** The merged catalog every consumer works with. */
export interface Catalog {
  reports: Report[]
  customers: Customer[]
}
