package org.beamcat.landing.registrar.datacite;

import jakarta.json.JsonException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.registrar.DoiRegistrar;
import org.beamcat.landing.registrar.DoiState;
import org.beamcat.landing.registrar.RegisteredDoi;
import org.beamcat.landing.registrar.RegistrarException.Kind;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * Registers DOIs through the DataCite REST API ({@code /dois}, JSON:API, Basic auth with the
 * repository account).
 *
 * <p>Updates and state changes look the DOI up first: DataCite answers a {@code PUT} to an unknown DOI
 * by creating it, and would publish an empty record, so "not found" must be decided here.
 */
public final class DataCiteRestRegistrar implements DoiRegistrar {

    /** DataCite's production REST API: the only one whose DOIs resolve at doi.org. */
    static final String PRODUCTION_HOST = "api.datacite.org";

    private final DataCiteHttp http;
    private final MetadataValidator validator;
    private final boolean production;

    public DataCiteRestRegistrar(DataCiteSettings settings, MetadataValidator validator) {
        this(settings, validator, wait -> { });
    }

    /** @param onWait told each back-off before it is spent, for the tests */
    DataCiteRestRegistrar(DataCiteSettings settings, MetadataValidator validator, Consumer<Duration> onWait) {
        this.http = new DataCiteHttp(settings, Clock.systemUTC(), onWait);
        this.validator = validator;
        this.production = PRODUCTION_HOST.equalsIgnoreCase(settings.apiUrl().getHost());
    }

    @Override
    public boolean resolvesAtDoiOrg() {
        return production;
    }

    @Override
    public Optional<RegisteredDoi> find(Doi doi) {
        HttpResponse<String> response = http.get(path(doi));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(expectDoi(response, doi));
    }

    @Override
    public RegisteredDoi createDraft(DoiMetadata metadata) {
        validator.requireValid(metadata);
        HttpResponse<String> response = http.post("/dois",
                JsonApiDocuments.doiDocument(DataCiteAttributes.of(metadata), Optional.empty()));
        if (response.statusCode() != 422) {
            return expectDoi(response, metadata.doi());
        }
        // A 422 may mean an earlier attempt of ours got through before a crash or a broken connection.
        // DataCite says so only in prose, so ask for the DOI instead of reading the message.
        Optional<RegisteredDoi> existing = find(metadata.doi());
        if (existing.isPresent()) {
            return replaceMetadata(metadata);
        }
        DataCiteErrors errors = DataCiteErrors.of(422, response.body());
        throw failure(errors.concern("doi") ? Kind.ALREADY_EXISTS : Kind.INVALID, response, metadata.doi());
    }

    @Override
    public RegisteredDoi update(DoiMetadata metadata) {
        validator.requireValid(metadata);
        requireExisting(metadata.doi());
        return replaceMetadata(metadata);
    }

    @Override
    public RegisteredDoi publish(Doi doi) {
        RegisteredDoi current = requireExisting(doi);
        if (current.state() == DoiState.FINDABLE) {
            return current;
        }
        return expectDoi(http.put(path(doi), JsonApiDocuments.eventDocument(doi, JsonApiDocuments.PUBLISH)), doi);
    }

    @Override
    public RegisteredDoi hide(Doi doi) {
        RegisteredDoi current = requireExisting(doi);
        if (current.state() == DoiState.REGISTERED) {
            return current;
        }
        if (current.state() == DoiState.DRAFT) {
            throw new RegistrarException(Kind.INVALID, 0, "a draft DOI is not public, there is nothing to hide",
                    "hide " + doi, null);
        }
        return expectDoi(http.put(path(doi), JsonApiDocuments.eventDocument(doi, JsonApiDocuments.HIDE)), doi);
    }

    private RegisteredDoi replaceMetadata(DoiMetadata metadata) {
        String document = JsonApiDocuments.doiDocument(DataCiteAttributes.of(metadata), Optional.empty());
        return expectDoi(http.put(path(metadata.doi()), document), metadata.doi());
    }

    private RegisteredDoi requireExisting(Doi doi) {
        return find(doi).orElseThrow(() -> new RegistrarException(Kind.NOT_FOUND, 404,
                "The resource you are looking for doesn't exist.", "GET " + path(doi), null));
    }

    private static RegisteredDoi expectDoi(HttpResponse<String> response, Doi doi) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw failure(kindOf(status), response, doi);
        }
        try {
            return JsonApiDocuments.registeredDoi(response.body());
        } catch (JsonException | IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new RegistrarException(Kind.UNEXPECTED, status, "unreadable DOI document: " + e.getMessage(),
                    context(response), e);
        }
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.ALREADY_EXISTS;
            case 400, 422 -> Kind.INVALID;
            default -> Kind.UNEXPECTED;
        };
    }

    private static RegistrarException failure(Kind kind, HttpResponse<String> response, Doi doi) {
        String message = DataCiteErrors.of(response.statusCode(), response.body()).message();
        return new RegistrarException(kind, response.statusCode(), message, context(response) + " (" + doi + ")",
                null);
    }

    private static String context(HttpResponse<String> response) {
        return response.request().method() + " " + response.request().uri().getPath() + " answered "
                + response.statusCode();
    }

    private static String path(Doi doi) {
        return "/dois/" + doi;
    }
}
