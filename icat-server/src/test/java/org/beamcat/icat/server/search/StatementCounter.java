package org.beamcat.icat.server.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Records every SQL call EclipseLink sends to the database, to count statements (not time) in tests. */
final class StatementCounter extends SessionEventAdapter {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    static StatementCounter attachTo(EntityManagerFactory factory) {
        StatementCounter counter = new StatementCounter();
        factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().addListener(counter);
        return counter;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        statements.add(String.valueOf(event.getCall()));
    }

    void reset() {
        statements.clear();
    }

    int count() {
        return statements.size();
    }

    List<String> statements() {
        return List.copyOf(statements);
    }
}
