import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The partner contract: the schema may only break what was announced. Compares schema/schema.graphql with the
 * last released schema (schema/released/schema.graphql) using GraphQL Inspector's diff, and fails on a
 * breaking change unless it is declared:
 *
 * - the removed or changed element was deprecated in the released schema with a reason that ends in
 *   "Removal after YYYY-MM-DD", and that date has passed; or
 * - it is listed in schema/released/declared-changes.json (`[{ "path": "Type.field", "reason": "…" }]`).
 *
 * Every deprecation in the current schema must carry such a removal date. docs/how-to/partner-integration.md
 * states the policy; `pnpm --filter @hero/server run schema:release` records a new release.
 */

export interface DeclaredChange {
  path: string;
  reason: string;
}

export interface CompatReport {
  breaking: Change[];
  /** Breaking changes that are allowed, and why. */
  allowed: { change: Change; because: string }[];
  /** Breaking changes that are not: CI fails on any. */
  refused: Change[];
  /** Deprecations in the current schema without a removal date. */
  undatedDeprecations: string[];
}

const REMOVAL = /Removal after (\d{4}-\d{2}-\d{2})\b/;

/** The deprecation reason of the element at `path` (`Type.field`, `Type.field.arg`, `Enum.VALUE`, `Input.field`). */
export function deprecationAt(schema: GraphQLSchema, path: string): string | null {
  const [typeName, member, argName] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return null;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return null;
    if (argName) return field.args.find((a) => a.name === argName)?.deprecationReason ?? null;
    return field.deprecationReason ?? null;
  }
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason ?? null;
  return null;
}

/** Every deprecated element of a schema, with its reason. */
export function deprecations(schema: GraphQLSchema): { path: string; reason: string }[] {
  const found: { path: string; reason: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type)) {
      for (const v of type.getValues()) {
        if (v.deprecationReason != null) found.push({ path: `${type.name}.${v.name}`, reason: v.deprecationReason });
      }
    } else if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const path = `${type.name}.${field.name}`;
        if (field.deprecationReason != null) found.push({ path, reason: field.deprecationReason });
        for (const arg of 'args' in field ? field.args : []) {
          if (arg.deprecationReason != null) found.push({ path: `${path}.${arg.name}`, reason: arg.deprecationReason });
        }
      }
    }
  }
  return found;
}

/** Compares two schemas. `today` is yyyy-mm-dd (UTC). */
export async function checkCompatibility(
  released: GraphQLSchema,
  current: GraphQLSchema,
  declared: readonly DeclaredChange[],
  today: string,
): Promise<CompatReport> {
  const changes = await diff(released, current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const allowed: CompatReport['allowed'] = [];
  const refused: Change[] = [];
  for (const change of breaking) {
    const path = change.path ?? '';
    const listed = declared.find((d) => d.path === path || (path && path.startsWith(`${d.path}.`)));
    if (listed) {
      allowed.push({ change, because: `declared: ${listed.reason}` });
      continue;
    }
    const reason = deprecationAt(released, path);
    const due = reason ? REMOVAL.exec(reason)?.[1] : undefined;
    if (due && due < today) {
      allowed.push({ change, because: `deprecated in the release, removal after ${due}` });
      continue;
    }
    refused.push(change);
  }
  const undatedDeprecations = deprecations(current)
    .filter((d) => !REMOVAL.test(d.reason))
    .map((d) => `${d.path}: "${d.reason}"`);
  return { breaking, allowed, refused, undatedDeprecations };
}

function main(): void {
  const root = join(__dirname, '..', '..', '..', 'schema');
  const releasedFile = join(root, 'released', 'schema.graphql');
  const declaredFile = join(root, 'released', 'declared-changes.json');
  const current = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
  const released = buildSchema(readFileSync(releasedFile, 'utf8'));
  const declared = existsSync(declaredFile) ? (JSON.parse(readFileSync(declaredFile, 'utf8')) as DeclaredChange[]) : [];
  const today = new Date().toISOString().slice(0, 10);
  void checkCompatibility(released, current, declared, today).then((report) => {
    for (const { change, because } of report.allowed) console.log(`allowed: ${change.message} (${because})`);
    for (const change of report.refused) {
      console.error(`breaking: ${change.message}${change.path ? ` [${change.path}]` : ''}`);
    }
    for (const d of report.undatedDeprecations) console.error(`deprecation without "Removal after YYYY-MM-DD": ${d}`);
    if (report.refused.length || report.undatedDeprecations.length) {
      console.error(
        'The schema breaks the released contract. Deprecate first (with "Removal after YYYY-MM-DD"), or declare the ' +
          'change in schema/released/declared-changes.json; see docs/how-to/partner-integration.md.',
      );
      process.exitCode = 1;
    } else {
      console.log(`schema is compatible with the released one (${report.breaking.length} declared breaking changes)`);
    }
  });
}

if (require.main === module) main();
