import { IsEmail, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'email: not a valid email address' })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @Length(1, 200, { message: 'token: 1 to 200 characters' })
  token!: string;

  /** The same rule as sign-up. */
  @Field()
  @Length(10, 200, { message: 'password: 10 to 200 characters' })
  password!: string;
}
