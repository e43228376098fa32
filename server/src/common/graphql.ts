import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { ROLES, UNIT_LEVELS } from '@bangfu/shared';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, type Page } from './pagination.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const UnitLevelEnum = asEnum(UNIT_LEVELS);
export const RoleEnum = asEnum(ROLES);
registerEnumType(UnitLevelEnum, { name: 'UnitLevel', description: 'Levels of the service network, top to bottom' });
registerEnumType(RoleEnum, { name: 'Role', description: 'A role granted on a unit' });

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
export const smallListComplexity = ({ childComplexity }: ComplexityEstimatorArgs): number =>
  1 + 10 * Math.max(childComplexity, 1);
