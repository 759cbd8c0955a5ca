import { ArrayMinSize, IsEmail, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../kernel/connection.ts';
import { ApiToken } from './api-token.entity.ts';
import { minPasswordLength } from './people.service.ts';
import { Role, Scope } from '../kernel/roles.ts';
import { Team } from './team.entity.ts';
import { User } from './user.entity.ts';

export const UserConnection = connectionOf(User, 'User');
export const TeamConnection = connectionOf(Team, 'Team');
export const ApiTokenConnection = connectionOf(ApiToken, 'ApiToken');

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field({ description: 'The email the account was created with (any case).' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field({ description: 'The password.' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType({ description: 'A new session. Browsers also get it as an HttpOnly cookie.' })
export class SignInPayload {
  @Field(() => User, { description: 'Who signed in.' })
  user!: User;

  @Field({ description: 'Session token for API clients: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field({ description: 'When the session ends.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'The result of signing out.' })
export class SignOutPayload {
  @Field({ description: 'True when a session was ended.' })
  signedOut!: boolean;
}

@InputType({ description: 'Changes to your own profile; omitted fields stay as they are.' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: 'Name shown to colleagues, 1 to 100 characters.' })
  @IsOptional()
  @Length(1, 100)
  displayName?: string | null;
}

@ObjectType({ description: 'Your profile after the change.' })
export class UpdateMyProfilePayload {
  @Field(() => User, { description: 'The updated profile.' })
  user!: User;
}

@InputType({ description: 'Your current password and the new one.' })
export class ChangeMyPasswordInput {
  @Field({ description: 'The password you signed in with.' })
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: `The new password, at least ${minPasswordLength} characters.` })
  @Length(minPasswordLength, 1024)
  newPassword!: string;
}

@ObjectType({ description: 'The result of a password change.' })
export class ChangeMyPasswordPayload {
  @Field(() => User, { description: 'Whose password changed.' })
  user!: User;
}

@InputType({ description: 'A new person (admins only).' })
export class CreateUserInput {
  @Field({ description: 'Sign-in address; must be unused.' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field({ description: 'Name shown to colleagues.' })
  @Length(1, 100)
  displayName!: string;

  @Field(() => [Role], { description: 'At least one role.' })
  @ArrayMinSize(1)
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'The team to join.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field({ description: `Initial password, at least ${minPasswordLength} characters; ask them to change it.` })
  @Length(minPasswordLength, 1024)
  password!: string;
}

@ObjectType({ description: 'The person created.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new person.' })
  user!: User;
}

@InputType({ description: 'Which people to list.' })
export class UserFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only members of this team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only people holding this role.' })
  @IsOptional()
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Only people whose name or email contains this text (any case).' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType({ description: 'A new integrator API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What uses the token, e.g. "search-ranking ingest".' })
  @Length(1, 100)
  name!: string;

  @Field(() => [Scope], { description: 'What the token may do; at least one scope.' })
  @ArrayMinSize(1)
  scopes!: Scope[];

  @Field(() => Date, { nullable: true, description: 'When the token stops working; never when omitted.' })
  @IsOptional()
  expiresAt?: Date | null;
}

@ObjectType({ description: 'The new token and its secret, shown this once.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token record.' })
  token!: ApiToken;

  @Field({ description: 'The secret to send as `Authorization: Bearer <secret>`. It is not stored and cannot be shown again.' })
  secret!: string;
}

@ObjectType({ description: 'The revoked token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token, now refused.' })
  token!: ApiToken;
}
