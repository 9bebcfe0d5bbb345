import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications written by the worker (reminders, escalations, lifecycle steps). */
@Module({ controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsModule {}
