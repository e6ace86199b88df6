package org.beamcat.portal.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.beamcat.portal.catalogue.CatalogueException.Kind;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.beamcat.portal.catalogue.Sorts.DatasetSort;
import org.beamcat.portal.catalogue.Sorts.InvestigationSort;

/**
 * The catalogue port in memory, with the demo's kind of rules: root reads everything; others read the
 * investigations they are members of and released ones (and what is below them). Sessions can be expired by the
 * test. Document searches return the page the test set and keep the last query for inspection.
 */
public final class InMemoryPortalCatalogue implements PortalCatalogue {

    public record Inv(long id, String name, String title, Instant start, Instant releaseDate, Set<String> members) {
    }

    public record Ds(long id, long investigationId, String name, Instant start, List<DatafileRow> files) {
    }

    private final List<Authenticator> authenticators = new ArrayList<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Set<String> rootUsers = new HashSet<>();
    private final Map<String, String> sessions = new HashMap<>();
    private final Map<Long, Inv> investigations = new LinkedHashMap<>();
    private final Map<Long, Ds> datasets = new LinkedHashMap<>();
    public int refreshes;
    public int logouts;
    public int logins;
    public String lastQuery;
    public String lastSort;
    public String lastCursor;
    public DocumentPage nextDocumentPage = new DocumentPage(List.of(), 0, null, Map.of());

    public InMemoryPortalCatalogue() {
        authenticators.add(new Authenticator("simple", "simple", List.of(new Authenticator.CredentialKey("username", false),
                new Authenticator.CredentialKey("password", true))));
        authenticators.add(new Authenticator("anon", "anon", List.of()));
    }

    public InMemoryPortalCatalogue user(String name, String password) {
        passwords.put(name, password);
        return this;
    }

    public InMemoryPortalCatalogue root(String name, String password) {
        rootUsers.add("simple/" + name);
        return user(name, password);
    }

    public InMemoryPortalCatalogue investigation(Inv investigation) {
        investigations.put(investigation.id(), investigation);
        return this;
    }

    public InMemoryPortalCatalogue dataset(Ds dataset) {
        datasets.put(dataset.id(), dataset);
        return this;
    }

    public void expire(Caller caller) {
        sessions.remove(caller.sessionId());
    }

    private void check(Caller caller) throws CatalogueException {
        if (!sessions.containsKey(caller.sessionId())) {
            throw new CatalogueException(Kind.SESSION_EXPIRED, "no session");
        }
    }

    private boolean reads(Caller caller, Inv investigation) {
        return rootUsers.contains(caller.userName()) || investigation.members().contains(caller.userName())
                || investigation.releaseDate() != null && !investigation.releaseDate().isAfter(Instant.now());
    }

    @Override
    public List<Authenticator> authenticators() {
        return List.copyOf(authenticators);
    }

    @Override
    public Caller login(String authenticator, Map<String, String> credentials) throws CatalogueException {
        logins++;
        String user;
        if (authenticator.equals("anon")) {
            user = "anon/anon";
        } else if (authenticator.equals("simple") && credentials.get("password") != null
                && credentials.get("password").equals(passwords.get(credentials.get("username")))) {
            user = "simple/" + credentials.get("username");
        } else {
            throw new CatalogueException(Kind.LOGIN_REFUSED, "refused");
        }
        String id = UUID.randomUUID().toString();
        sessions.put(id, user);
        return new Caller(id, user);
    }

    @Override
    public void refresh(Caller caller) throws CatalogueException {
        check(caller);
        refreshes++;
    }

    @Override
    public void logout(Caller caller) {
        logouts++;
        sessions.remove(caller.sessionId());
    }

    private Stream<Inv> scope(Caller caller, InvestigationScope scope) {
        Stream<Inv> readable = investigations.values().stream().filter(i -> reads(caller, i));
        return switch (scope) {
            case MINE -> readable.filter(i -> i.members().contains(caller.userName()));
            case PUBLIC -> readable.filter(i -> i.releaseDate() != null && !i.releaseDate().isAfter(Instant.now()));
            case ALL -> readable;
        };
    }

    private static <T, S extends Enum<S>> Page<T> page(Stream<T> rows, Slice<S> slice, Comparator<T> order,
            Function<T, String> name) {
        List<T> all = rows.filter(r -> slice.namePrefix().map(p -> name.apply(r).startsWith(p)).orElse(true))
                .sorted(slice.ascending() ? order : order.reversed()).toList();
        List<T> page = all.stream().skip(slice.offset()).limit(slice.size()).toList();
        return new Page<>(page, all.size(), slice.page(), slice.size());
    }

    @Override
    public Page<InvestigationRow> investigations(Caller caller, InvestigationScope scope, Slice<InvestigationSort> slice)
            throws CatalogueException {
        check(caller);
        Comparator<Inv> order = switch (slice.sort()) {
            case NAME -> Comparator.comparing(Inv::name);
            case TITLE -> Comparator.comparing(Inv::title);
            case START, END -> Comparator.comparing(Inv::start);
        };
        return page(scope(caller, scope), slice, order.thenComparing(Inv::id), Inv::name).map(i -> new InvestigationRow(i.id(),
                i.name(), null, i.title(), i.start(), i.start(), i.releaseDate(), List.of("ID11")));
    }

    @Override
    public long countInvestigations(Caller caller, InvestigationScope scope) throws CatalogueException {
        check(caller);
        return scope(caller, scope).count();
    }

    @Override
    public long countMineReleased(Caller caller) throws CatalogueException {
        check(caller);
        return scope(caller, InvestigationScope.MINE)
                .filter(i -> i.releaseDate() != null && !i.releaseDate().isAfter(Instant.now())).count();
    }

    @Override
    public Optional<InvestigationDetail> investigation(Caller caller, long id) throws CatalogueException {
        check(caller);
        return Optional.ofNullable(investigations.get(id)).filter(i -> reads(caller, i))
                .map(i -> new InvestigationDetail(i.id(), i.name(), null, i.title(), null, "experiment", null, i.start(),
                        i.start(), i.releaseDate(), List.of("ID11"), List.of(), List.of(), 0, List.of()));
    }

    private Optional<Ds> readableDataset(Caller caller, long id) {
        return Optional.ofNullable(datasets.get(id)).filter(d -> reads(caller, investigations.get(d.investigationId())));
    }

    @Override
    public Page<DatasetRow> datasets(Caller caller, long investigationId, Slice<DatasetSort> slice)
            throws CatalogueException {
        check(caller);
        Comparator<Ds> order = switch (slice.sort()) {
            case NAME -> Comparator.comparing(Ds::name);
            case START, END -> Comparator.comparing(Ds::start);
        };
        Stream<Ds> rows = datasets.values().stream().filter(d -> d.investigationId() == investigationId)
                .filter(d -> reads(caller, investigations.get(d.investigationId())));
        return page(rows, slice, order.thenComparing(Ds::id), Ds::name).map(d -> new DatasetRow(d.id(), d.name(), null,
                "raw", d.start(), d.start(), d.files().size(), d.files().stream().mapToLong(DatafileRow::size).sum()));
    }

    @Override
    public Optional<DatasetDetail> dataset(Caller caller, long id) throws CatalogueException {
        check(caller);
        return readableDataset(caller, id).map(d -> new DatasetDetail(d.id(), d.name(), null, "raw", null, d.start(),
                d.start(), d.investigationId(), investigations.get(d.investigationId()).name(), null, List.of(),
                d.files().size(), d.files().stream().mapToLong(DatafileRow::size).sum()));
    }

    @Override
    public Page<DatafileRow> datafiles(Caller caller, long datasetId, Slice<DatafileSort> slice)
            throws CatalogueException {
        check(caller);
        Comparator<DatafileRow> order = switch (slice.sort()) {
            case NAME -> Comparator.comparing(DatafileRow::name);
            case SIZE -> Comparator.comparing(DatafileRow::size);
            case DATE -> Comparator.comparing(DatafileRow::modified);
        };
        Stream<DatafileRow> rows = readableDataset(caller, datasetId).stream().flatMap(d -> d.files().stream());
        return page(rows, slice, order.thenComparing(DatafileRow::id), DatafileRow::name);
    }

    @Override
    public Optional<DatafilePlace> datafile(Caller caller, long id) throws CatalogueException {
        check(caller);
        return datasets.values().stream().filter(d -> readableDataset(caller, d.id()).isPresent())
                .flatMap(d -> d.files().stream().filter(f -> f.id() == id).map(f -> new DatafilePlace(f.id(), f.name(), d.id())))
                .findFirst();
    }

    @Override
    public DocumentPage searchDocuments(Caller caller, String query, String sort, String cursor, int size)
            throws CatalogueException {
        check(caller);
        lastQuery = query;
        lastSort = sort;
        lastCursor = cursor;
        return nextDocumentPage;
    }
}
