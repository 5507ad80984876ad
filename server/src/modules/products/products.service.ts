import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { badInput, notFound } from '../../platform/errors';
import type { Actor } from '../ledger/ledger.service';
import { groupThousands } from '../metering/core';
import { tokensText, type MeteredAi } from '../metering/metered-ai';
import type { MeteredOutcome } from '../metering/metering.service';
import { Product, ProductAnalysis } from './product.entity';

export interface ProductFields {
  name?: string | null;
  url?: string | null;
  description?: string | null;
  priceCents?: number | null;
}

/** "$1,234.50" from integer cents. */
export const formatCents = (cents: number): string =>
  `$${groupThousands(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;

/** The "Key: value" lines the AI features read about a product. */
export function productContext(p: Pick<Product, 'name' | 'url' | 'description' | 'priceCents'>): string {
  return [
    `Product: ${p.name}`,
    p.url ? `Website: ${p.url}` : null,
    p.priceCents != null ? `Price: ${formatCents(p.priceCents)}` : null,
    p.description ? `Product description: ${p.description}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Products of a workspace. Management never depends on credits; analysis is metered. */
export class ProductsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly meteredAi: MeteredAi,
  ) {}

  list(workspaceId: string): Promise<Product[]> {
    return this.db.read().find(Product, { workspace: workspaceId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(workspaceId: string, id: string, em: EntityManager = this.db.read()): Promise<Product> {
    const product = await em.findOne(Product, { id, workspace: workspaceId });
    if (!product) throw notFound('Product');
    return product;
  }

  active(workspaceId: string): Promise<Product | null> {
    return this.db.read().findOne(Product, { workspace: workspaceId, active: true });
  }

  /** The newest analysis of each product asked for. */
  async latestAnalyses(workspaceId: string, productIds: string[]): Promise<Map<string, ProductAnalysis>> {
    if (!productIds.length) return new Map();
    const rows = await this.db
      .read()
      .find(
        ProductAnalysis,
        { workspace: workspaceId, product: { $in: productIds } },
        { orderBy: { createdAt: 'desc', id: 'desc' } },
      );
    const latest = new Map<string, ProductAnalysis>();
    for (const row of rows) if (!latest.has(row.product)) latest.set(row.product, row);
    return latest;
  }

  /** The first product of a workspace becomes its active one. */
  async add(workspaceId: string, input: ProductFields & { name: string }): Promise<Product> {
    const name = input.name.trim();
    if (!name) throw badInput('name: must not be blank', 'name');
    return this.db.run(async ({ em }) => {
      const now = this.clock.now();
      const hasActive = (await em.count(Product, { workspace: workspaceId, active: true })) > 0;
      const product = em.create(Product, {
        workspace: workspaceId,
        name,
        url: input.url ?? null,
        description: input.description ?? '',
        priceCents: input.priceCents ?? null,
        active: !hasActive,
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return product;
    });
  }

  async update(workspaceId: string, id: string, input: ProductFields): Promise<Product> {
    return this.db.run(async ({ em }) => {
      const product = await this.get(workspaceId, id, em);
      if (input.name != null) {
        const name = input.name.trim();
        if (!name) throw badInput('name: must not be blank', 'name');
        product.name = name;
      }
      if (input.url != null) product.url = input.url;
      if (input.description != null) product.description = input.description;
      if (input.priceCents != null) product.priceCents = input.priceCents;
      product.updatedAt = this.clock.now();
      await em.flush();
      return product;
    });
  }

  async setActive(workspaceId: string, id: string): Promise<Product> {
    return this.db.run(async ({ em }) => {
      const product = await this.get(workspaceId, id, em);
      await em.nativeUpdate(Product, { workspace: workspaceId, active: true, id: { $ne: id } }, { active: false });
      product.active = true;
      product.updatedAt = this.clock.now();
      await em.flush();
      return product;
    });
  }

  /** Runs (or re-runs) the analysis: metered, stored as a new ProductAnalysis. */
  async analyze(
    workspaceId: string,
    actor: Actor,
    productId: string,
    idempotencyKey: string,
  ): Promise<MeteredOutcome<{ analysisId: string }> & { product: Product; analysis: ProductAnalysis | null }> {
    const product = await this.get(workspaceId, productId);
    let written: ProductAnalysis | null = null;
    const outcome = await this.meteredAi.run(
      workspaceId,
      actor,
      {
        feature: 'product_analysis',
        prompt: 'Analyse this product for advertising on search.',
        context: productContext(product),
        summary: `Product analysis: "${product.name}"`,
        idempotencyKey,
        params: { productId },
      },
      async (answer) => {
        const analysis = await this.db.run(async ({ em }) => {
          const row = em.create(ProductAnalysis, {
            workspace: workspaceId,
            product: productId,
            text: answer.text,
            inputTokens: answer.inputTokens,
            outputTokens: answer.outputTokens,
            createdAt: this.clock.now(),
          });
          await em.flush();
          return row;
        });
        written = analysis;
        return {
          value: { analysisId: analysis.id },
          description: `Product analysis: "${product.name}", ${tokensText(answer)}`,
        };
      },
    );
    // The analysis as written; an answer replayed from an earlier request leaves it to the caller to read.
    return { ...outcome, product, analysis: outcome.replayed ? null : written };
  }
}
