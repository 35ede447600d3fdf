/**
 * The demo's people the browser tests sign in as (seeded by `@mutu/db`'s demo seed, password
 * `DEMO_PASSWORD`): the Métropole's staff, and Bègles' agents.
 */
export const METROPOLE_ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";
export const METROPOLE_DPO = "dpo@bordeaux-metropole.mutu-demo.fr";
/** The director of the shared service (« DIP »): the annual reports. */
export const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";
export const CALL_CENTRE = "can@bordeaux-metropole.mutu-demo.fr";
export const CALL_CENTRE_HEAD = "chef-can@bordeaux-metropole.mutu-demo.fr";
export const RSSI = "rssi@bordeaux-metropole.mutu-demo.fr";
/** The Métropole's communal referent for the southern communes (Bègles among them). */
export const COMMUNAL_REFERENT = "referent-sud@bordeaux-metropole.mutu-demo.fr";
export const BEGLES_DGS = "dgs@begles.mutu-demo.fr";
export const BEGLES_DPO = "dpo@begles.mutu-demo.fr";
/** Bègles' contract referent, who also owns its projects. */
export const PROJECT_OWNER = "referent@begles.mutu-demo.fr";
