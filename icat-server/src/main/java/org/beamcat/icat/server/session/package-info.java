/**
 * ICAT sessions: {@link org.beamcat.icat.server.session.SessionService} is the use case every endpoint
 * calls ({@code caller(sessionId)} turns a session id into a {@link org.beamcat.icat.server.Caller} or the
 * contract's SESSION error); sessions are rows of SESSION_, purged hourly (EJB timer) by
 * {@link org.beamcat.icat.server.session.SessionReaper}.
 */
package org.beamcat.icat.server.session;
