import { Arg, Authorized, Ctx, Field, InputType, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { AuthPayload, RegisterWorkerInput, toAuthPayload, toUserView, UserView } from '../auth/auth.types.js';
import { SMS_CODE_PURPOSES, type SmsCodePurpose } from './sms-code.entity.js';

const SmsCodePurposeEnum = Object.fromEntries(SMS_CODE_PURPOSES.map((purpose) => [purpose, purpose])) as Record<
  SmsCodePurpose,
  SmsCodePurpose
>;
registerEnumType(SmsCodePurposeEnum, { name: 'SmsCodePurpose', description: 'What a one-time code sent by SMS may be used for' });

@InputType({ description: 'What the staff member has in front of them at the counter' })
export class VerifyIdentityInput {
  @Field(() => String, { description: 'The phone number the person gives' })
  phone!: string;

  @Field(() => String, { description: 'The number on the ID card the staff member is holding' })
  idNumber!: string;
}

/** One-time codes to the account holder's own phone, and verification at the counter (api-contract.md; issue 20). */
@Resolver()
export class VerificationResolver {
  @Mutation(() => Boolean, {
    description: 'Sends a code to the phone if it has an account; the answer is true either way (no account is revealed)',
  })
  async requestSmsCode(
    @Arg('phone', () => String) phone: string,
    @Arg('purpose', () => SmsCodePurposeEnum) purpose: SmsCodePurpose,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.verification.requestCode(phone, purpose, ctx.ip, ctx.actor);
  }

  @Mutation(() => AuthPayload, { description: "A worker's own account, with the REGISTER code sent to the phone" })
  async registerWorker(@Arg('input', () => RegisterWorkerInput) input: RegisterWorkerInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.verification.registerWorker({ ...input }, ctx.ip));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with a LOGIN code instead of the password' })
  async loginWithSmsCode(@Arg('phone', () => String) phone: string, @Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return toAuthPayload(await ctx.services.verification.loginWithCode(phone, code));
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with a RESET_PASSWORD code; every other session ends' })
  async resetPasswordWithSmsCode(
    @Arg('phone', () => String) phone: string,
    @Arg('code', () => String) code: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.verification.resetPasswordWithCode(phone, code, newPassword));
  }

  @Authorized()
  @Mutation(() => UserView, {
    description: "实名核验: staff saw the person and their ID card; the account's phone and number must both match",
  })
  async verifyIdentity(@Arg('input', () => VerifyIdentityInput) input: VerifyIdentityInput, @Ctx() ctx: Context): Promise<UserView> {
    return toUserView(await ctx.services.verification.verifyIdentity(requireActor(ctx), { ...input }));
  }

  @Authorized()
  @Mutation(() => UserView, {
    description:
      'A contested identity: takes the ID number back from the account that used it (disabled, its cases kept and marked) so its holder can register',
  })
  async releaseIdNumber(
    @Arg('idNumber', () => String, { description: "The number on the holder's ID card, seen at the station" }) idNumber: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.verification.releaseIdNumber(requireActor(ctx), idNumber, reason));
  }
}
