import { IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql/scalars';
import { IDEMPOTENCY_KEY } from '../ledger/ledger.types';
import { MeteredChargeInfo } from '../metering/metering.types';
import type { Product, ProductAnalysis } from './product.entity';

@ObjectType('ProductAnalysis', { description: 'The result of one product analysis run.' })
export class ProductAnalysisType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => Int)
  inputTokens!: number;

  @Field(() => Int)
  outputTokens!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('Product', { description: 'Something the workspace advertises; one is the active one.' })
export class ProductType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  description!: string;

  @Field(() => Int, { nullable: true })
  priceCents!: number | null;

  @Field()
  active!: boolean;

  @Field(() => ProductAnalysisType, { nullable: true, description: 'The newest analysis, if any was run.' })
  analysis!: ProductAnalysisType | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType()
export class AnalyzeProductResult {
  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => MeteredChargeInfo)
  charge!: MeteredChargeInfo;
}

const url = { require_protocol: true, protocols: ['http', 'https'] };
const urlMessage = 'url: an http(s) address';
const keyMessage = 'idempotencyKey: 8-128 characters of letters, digits, . _ : -';

/**
 * The fields a product is added with and updated by; each input adds its own `name` rule. A base input
 * must be registered for its fields to be inherited; no operation takes it, so it stays out of the schema.
 */
@InputType()
abstract class ProductDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  @IsUrl(url, { message: urlMessage })
  url?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  priceCents?: number;
}

@InputType()
export class AddProductInput extends ProductDetailsInput {
  @Field()
  @Length(1, 120)
  name!: string;
}

@InputType()
export class UpdateProductInput extends ProductDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;
}

@InputType()
export class AnalyzeProductInput {
  @Field(() => ID)
  productId!: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { message: keyMessage })
  idempotencyKey!: string;
}

export const toProduct = (p: Product, analysis: ProductAnalysis | undefined): ProductType => ({
  id: p.id,
  name: p.name,
  url: p.url,
  description: p.description,
  priceCents: p.priceCents,
  active: p.active,
  analysis: analysis
    ? {
        id: analysis.id,
        text: analysis.text,
        inputTokens: analysis.inputTokens,
        outputTokens: analysis.outputTokens,
        createdAt: analysis.createdAt,
      }
    : null,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
