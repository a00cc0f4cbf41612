package org.masthead.archive;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps the ids archives made before V2 handed out (the parser's 16-hex ids in every stored page revision):
 * they were permalinks, so they must resolve for ever. A Java migration since it reads the stored JSON.
 */
final class V3__Carry_over_item_ids extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Permalinks.carryOver(context.getConnection());
    }
}
