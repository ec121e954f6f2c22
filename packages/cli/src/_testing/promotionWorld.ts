// The drills rehearse promotion against the same world the promotion tests use: one definition.
export { startPromotionWorld, REPOSITORIES, type PromotionWorld } from '../drill/promotionWorld';
