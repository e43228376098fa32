import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DomainError } from '../common/domain-error.js';

const tooComplex = (error: DomainError, nodes?: readonly import('graphql').ASTNode[]) =>
  new GraphQLError(error.message, { nodes, originalError: error, extensions: { http: { status: 400 } } });

/**
 * Rejects operations nested deeper than `max` fields, following fragments. Introspection counts too
 * (an operation named `__schema` gets no pass), and fragment depths are memoised so fragment bombs stay cheap.
 */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const fragmentDepth = new Map<string, number>();

    const depthOf = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // cycles and unknown fragments are reported by graphql's own rules
          if (!fragment || visiting.has(name)) continue;
          if (!fragmentDepth.has(name)) {
            visiting.add(name);
            fragmentDepth.set(name, depthOf(fragment.selectionSet, visiting));
            visiting.delete(name);
          }
          deepest = Math.max(deepest, fragmentDepth.get(name)!);
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet, new Set()) > max) {
          context.reportError(tooComplex(new DomainError('QUERY_TOO_COMPLEX', 'query.tooDeep', { max }), [node]));
        }
      },
    };
  };
}

/** Aliases let one request repeat a field many times (brute force in one call); count them across the document. */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(tooComplex(new DomainError('QUERY_TOO_COMPLEX', 'query.tooManyAliases', { max }), [node]));
        }
      },
    };
  };
}

/** Cost analysis with the operation's variables, after validation and before any resolver runs. */
export function complexityPlugin<C extends object>(schema: GraphQLSchema, max: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // the estimator coerces variables first, so a wrong variable surfaces here, before Apollo's own check
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            throw error;
          }
          if (cost > max) throw tooComplex(new DomainError('QUERY_TOO_COMPLEX', 'query.tooCostly', { cost, max }));
        },
      };
    },
  };
}

/** Whether a variable value holds a NUL character anywhere (PostgreSQL text cannot store one). */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * Refuses text holding a NUL character, in variables or in the document's string literals, before any resolver
 * runs: PostgreSQL rejects it, which would otherwise surface as an internal error from wherever it reached SQL.
 */
export function nulCharacterPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let literal = false;
          visit(document, {
            StringValue: (node) => {
              literal ||= node.value.includes('\u0000');
            },
          });
          if (literal || holdsNul(request.variables)) {
            throw new GraphQLError('text must not contain a NUL character (\\u0000)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
