import { GraphQLScalarType, Kind } from 'graphql';
import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { ROLES, UNIT_LEVELS } from '@bangfu/shared';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, type Page } from './pagination.js';

/** A type-graphql enum object from a list of values (the lists live in shared/). */
export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const UnitLevelEnum = asEnum(UNIT_LEVELS);
export const RoleEnum = asEnum(ROLES);
registerEnumType(UnitLevelEnum, { name: 'UnitLevel', description: 'Levels of the service network, top to bottom' });
registerEnumType(RoleEnum, { name: 'Role', description: 'A role granted on a unit' });

function toFen(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new TypeError('Fen must be an integer number of fen within ±2^53');
}

/** Money totals in fen as a safe integer: 32-bit Int stops at ¥21,474,836.47, which a city fund passes. */
export const FenScalar = new GraphQLScalarType({
  name: 'Fen',
  description: 'An amount of money in fen (1/100 yuan), a safe integer',
  serialize: toFen,
  parseValue: toFen,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Fen must be an integer literal');
    return toFen(Number(ast.value));
  },
});

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style connection and edge types for a node type (api-contract.md, Conventions). */
export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

export function toConnection<S, T>(page: Page<S>, map: (node: S) => T): Connection<T> {
  return {
    edges: page.nodes.map((node, index) => ({ node: map(node), cursor: page.cursors[index] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

/** A list field costs its page size times what each node selects, so `first: 200` of a deep node is expensive. */
export const listComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE) * Math.max(childComplexity, 1);

/** Unbounded small lists (children, ancestors, roles) are charged as a typical page. */
export const smallListComplexity = ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + 10 * Math.max(childComplexity, 1);

/** Lists that stay a handful long by the rules (one open request per role and unit): charged as five. */
export const handfulComplexity = ({ childComplexity }: ComplexityEstimatorArgs): number => 1 + 5 * Math.max(childComplexity, 1);
