import type { INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorators';
import { PERMISSIONS } from './permissions';

/** One HTTP route and what it declares. */
export interface RouteDeclaration {
  controller: string;
  handler: string;
  method: string;
  path: string;
  permission: string | null;
  public: boolean;
}

/** Enumerates every controller route of the app with its declared permission (via Nest discovery). */
export function listRoutes(app: INestApplicationContext): RouteDeclaration[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteDeclaration[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!instance || !type) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue; // not a route handler
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
      const targets = [handler, type];
      routes.push({
        controller: type.name,
        handler: name,
        method,
        path: `/${[prefix, path]
          .map((p) => p.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/')}`,
        permission: reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, targets) ?? null,
        public: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true,
      });
    }
  }
  return routes;
}

/** Routes that declare neither @Public() nor a known @RequirePermission(). */
export function findUndeclaredRoutes(app: INestApplicationContext): RouteDeclaration[] {
  return listRoutes(app).filter(
    (r) => !r.public && !(r.permission && (PERMISSIONS as readonly string[]).includes(r.permission)),
  );
}
