import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, requireScope, type Context } from '../../platform/context';
import { checkId } from '../../platform/ids';
import { toChargeInfo } from '../metering/metering.types';
import type { Product } from './product.entity';
import {
  AddProductInput,
  AnalyzeProductInput,
  AnalyzeProductResult,
  ProductType,
  toProduct,
  UpdateProductInput,
} from './products.types';

async function withAnalysis(ctx: Context, workspaceId: string, product: Product): Promise<ProductType> {
  const latest = await ctx.services.products.latestAnalyses(workspaceId, [product.id]);
  return toProduct(product, latest.get(product.id));
}

@Resolver()
export class ProductsResolver {
  @Query(() => [ProductType])
  async products(@Ctx() ctx: Context): Promise<ProductType[]> {
    const auth = requireScope(ctx, 'features:run');
    const rows = await ctx.services.products.list(auth.workspaceId);
    const latest = await ctx.services.products.latestAnalyses(
      auth.workspaceId,
      rows.map((p) => p.id),
    );
    return rows.map((p) => toProduct(p, latest.get(p.id)));
  }

  @Query(() => ProductType)
  async product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductType> {
    const auth = requireScope(ctx, 'features:run');
    return withAnalysis(ctx, auth.workspaceId, await ctx.services.products.get(auth.workspaceId, checkId(id, 'id')));
  }

  @Mutation(() => ProductType)
  async addProduct(@Arg('input', () => AddProductInput) input: AddProductInput, @Ctx() ctx: Context) {
    const auth = requireScope(ctx, 'features:run');
    return toProduct(await ctx.services.products.add(auth.workspaceId, input), undefined);
  }

  @Mutation(() => ProductType)
  async updateProduct(@Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: Context) {
    const auth = requireScope(ctx, 'features:run');
    const product = await ctx.services.products.update(auth.workspaceId, checkId(input.id, 'id'), input);
    return withAnalysis(ctx, auth.workspaceId, product);
  }

  @Mutation(() => ProductType, { description: 'Makes this the active product.' })
  async setActiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductType> {
    const auth = requireScope(ctx, 'features:run');
    const product = await ctx.services.products.setActive(auth.workspaceId, checkId(id, 'id'));
    return withAnalysis(ctx, auth.workspaceId, product);
  }

  @Mutation(() => AnalyzeProductResult, {
    description: 'Runs or re-runs product analysis. Metered: refused with INSUFFICIENT_CREDITS before it starts.',
  })
  async analyzeProduct(
    @Arg('input', () => AnalyzeProductInput) input: AnalyzeProductInput,
    @Ctx() ctx: Context,
  ): Promise<AnalyzeProductResult> {
    const auth = requireScope(ctx, 'features:run');
    const productId = checkId(input.productId, 'productId');
    const outcome = await ctx.services.products.analyze(
      auth.workspaceId,
      actorOf(auth),
      productId,
      input.idempotencyKey,
    );
    // Answered from what the command wrote; read only when it replays an earlier request's answer.
    const product = outcome.analysis
      ? toProduct(outcome.product, outcome.analysis)
      : await withAnalysis(ctx, auth.workspaceId, await ctx.services.products.get(auth.workspaceId, productId));
    return { product, charge: toChargeInfo(outcome.charge, outcome.replayed) };
  }
}
