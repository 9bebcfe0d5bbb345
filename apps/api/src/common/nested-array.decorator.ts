import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

/** An optional array of at most `max` nested DTOs, each validated as `type` (and documented so). */
export function OptionalNestedArray(type: Class, max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [type], ...(description ? { description } : {}) }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}
