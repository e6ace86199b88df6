package org.beamcat.icat.server.soap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatCompatibility;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authn.Authenticators;
import org.beamcat.icat.server.catalogue.CatalogueService;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.session.SessionService;
import org.beamcat.icat.server.soap.bean.Application;
import org.beamcat.icat.server.soap.bean.DataCollection;
import org.beamcat.icat.server.soap.bean.DataCollectionDatafile;
import org.beamcat.icat.server.soap.bean.DataCollectionDataset;
import org.beamcat.icat.server.soap.bean.DataCollectionParameter;
import org.beamcat.icat.server.soap.bean.Datafile;
import org.beamcat.icat.server.soap.bean.DatafileFormat;
import org.beamcat.icat.server.soap.bean.DatafileParameter;
import org.beamcat.icat.server.soap.bean.Dataset;
import org.beamcat.icat.server.soap.bean.DatasetParameter;
import org.beamcat.icat.server.soap.bean.DatasetType;
import org.beamcat.icat.server.soap.bean.EntityBaseBean;
import org.beamcat.icat.server.soap.bean.Facility;
import org.beamcat.icat.server.soap.bean.FacilityCycle;
import org.beamcat.icat.server.soap.bean.Grouping;
import org.beamcat.icat.server.soap.bean.Instrument;
import org.beamcat.icat.server.soap.bean.InstrumentScientist;
import org.beamcat.icat.server.soap.bean.Investigation;
import org.beamcat.icat.server.soap.bean.InvestigationType;
import org.beamcat.icat.server.soap.bean.InvestigationUser;
import org.beamcat.icat.server.soap.bean.Job;
import org.beamcat.icat.server.soap.bean.Keyword;
import org.beamcat.icat.server.soap.bean.ParameterType;
import org.beamcat.icat.server.soap.bean.PublicStep;
import org.beamcat.icat.server.soap.bean.Publication;
import org.beamcat.icat.server.soap.bean.RelatedDatafile;
import org.beamcat.icat.server.soap.bean.Sample;
import org.beamcat.icat.server.soap.bean.SampleParameter;
import org.beamcat.icat.server.soap.bean.Shift;
import org.beamcat.icat.server.soap.bean.Study;
import org.beamcat.icat.server.soap.bean.StudyInvestigation;
import org.beamcat.icat.server.soap.bean.User;
import org.beamcat.icat.server.soap.bean.UserGroup;
import org.beamcat.icat.server.entity.StudyStatus;
import org.beamcat.icat.server.soap.info.EntityInfo;
import org.beamcat.support.web.Incidents;

/**
 * The SOAP API of ICAT 4.7 (service {@code ICATService}, port {@code ICATPort}, namespace
 * http://icatproject.org), a servlet endpoint of the WAR at {@code /icat/ICATService/ICAT} (WEB-INF/web.xml). Not an
 * EJB endpoint as in icat.server 4.7: Payara registers those beside the web container, which makes its request
 * mapper answer a malformed URL anywhere in the domain with its own 500 page. Each operation
 * converts beans to the JSON of the REST services, delegates to the same services, and converts back;
 * every failure is an {@link IcatException} fault. Not transactional itself: each delegated call runs in
 * its own transaction, as over REST.
 */
@WebService(name = "ICAT", serviceName = "ICATService", portName = "ICATPort",
        targetNamespace = "http://icatproject.org")
public class ICAT {

    private static final Logger LOG = Logger.getLogger(ICAT.class.getName());

    @Inject
    SessionService sessions;

    @EJB
    CatalogueService catalogue;

    @EJB
    SoapAccessDecider access;

    @Inject
    EntityModel model;

    @Inject
    IcatDateFormat dates;

    @Inject
    IcatServerSettings settings;

    @Inject
    Authenticators authenticators;

    @Resource
    WebServiceContext webServiceContext;

    private SoapBeanMapper beans;
    private EntityInfoDescriber describer;

    @PostConstruct
    void init() {
        beans = new SoapBeanMapper(model, dates);
        describer = new EntityInfoDescriber(model, beans);
    }

    @WebMethod
    public String login(@WebParam(name = "plugin") String plugin,
            @WebParam(name = "credentials") Map<String, String> credentials) throws IcatException {
        return call(() -> sessions.login(plugin, credentials == null ? Map.of() : new HashMap<>(credentials)));
    }

    @WebMethod
    public void logout(@WebParam(name = "sessionId") String sessionId) throws IcatException {
        call(() -> {
            sessions.logout(sessionId);
            return null;
        });
    }

    @WebMethod
    public String getUserName(@WebParam(name = "sessionId") String sessionId) throws IcatException {
        return call(() -> sessions.describe(sessionId).userName());
    }

    @WebMethod
    public double getRemainingMinutes(@WebParam(name = "sessionId") String sessionId) throws IcatException {
        return call(() -> sessions.remainingMinutes(sessionId));
    }

    @WebMethod
    public void refresh(@WebParam(name = "sessionId") String sessionId) throws IcatException {
        call(() -> {
            sessions.refresh(sessionId);
            return null;
        });
    }

    @WebMethod
    public String getApiVersion() {
        return IcatCompatibility.EMULATED_VERSION;
    }

    /** ICAT 4.7 lists its run.properties to root users; these are the same facts as {@code GET properties}. */
    @WebMethod
    public List<String> getProperties(@WebParam(name = "sessionId") String sessionId) throws IcatException {
        return call(() -> {
            if (!sessions.caller(sessionId).root()) {
                throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES, "user must be in rootUserNames");
            }
            List<String> properties = new ArrayList<>();
            properties.add("authn.list " + String.join(" ",
                    authenticators.describe().stream().map(info -> info.mnemonic()).toList()));
            properties.add("lifetimeMinutes " + settings.lifetimeMinutes());
            properties.add("maxEntities " + settings.maxEntities());
            properties.add("rootUserNames " + String.join(" ", settings.rootUserNames()));
            return properties;
        });
    }

    @WebMethod
    public List<String> getEntityNames() {
        return new ArrayList<>(model.entityNames());
    }

    @WebMethod
    public EntityInfo getEntityInfo(@WebParam(name = "beanName") String beanName) throws IcatException {
        return call(() -> describer.describe(beanName));
    }

    @WebMethod
    public List<Object> search(@WebParam(name = "sessionId") String sessionId,
            @WebParam(name = "query") String query) throws IcatException {
        return call(() -> {
            Caller caller = sessions.caller(sessionId);
            return beans.searchResult(catalogue.search(caller, require(query, "query")));
        });
    }

    @WebMethod
    public EntityBaseBean get(@WebParam(name = "sessionId") String sessionId, @WebParam(name = "query") String query,
            @WebParam(name = "primaryKey") long primaryKey) throws IcatException {
        return call(() -> {
            Caller caller = sessions.caller(sessionId);
            return beans.entity(catalogue.get(caller, require(query, "query"), primaryKey));
        });
    }

    @WebMethod
    public long create(@WebParam(name = "sessionId") String sessionId, @WebParam(name = "bean") EntityBaseBean bean)
            throws IcatException {
        return call(() -> {
            Caller caller = sessions.caller(sessionId);
            return beans.ids(single(() -> catalogue.write(caller, beans.forCreate(listOf(bean))))).get(0);
        });
    }

    @WebMethod
    public List<Long> createMany(@WebParam(name = "sessionId") String sessionId,
            @WebParam(name = "beans") List<EntityBaseBean> beanList) throws IcatException {
        return call(() -> {
            Caller caller = sessions.caller(sessionId);
            if (beanList == null || beanList.isEmpty()) {
                return List.of();
            }
            return beans.ids(catalogue.write(caller, beans.forCreate(beanList)));
        });
    }

    @WebMethod
    public void update(@WebParam(name = "sessionId") String sessionId, @WebParam(name = "bean") EntityBaseBean bean)
            throws IcatException {
        call(() -> {
            Caller caller = sessions.caller(sessionId);
            if (bean != null && bean.getId() == null) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "id of the bean to update is not set");
            }
            return single(() -> catalogue.write(caller, beans.forUpdate(bean)));
        });
    }

    @WebMethod
    public void delete(@WebParam(name = "sessionId") String sessionId, @WebParam(name = "bean") EntityBaseBean bean)
            throws IcatException {
        call(() -> {
            catalogue.delete(sessions.caller(sessionId), beans.forDelete(listOf(bean)));
            return null;
        });
    }

    @WebMethod
    public void deleteMany(@WebParam(name = "sessionId") String sessionId,
            @WebParam(name = "beans") List<EntityBaseBean> beanList) throws IcatException {
        call(() -> {
            Caller caller = sessions.caller(sessionId);
            if (beanList != null && !beanList.isEmpty()) {
                catalogue.delete(caller, beans.forDelete(beanList));
            }
            return null;
        });
    }

    @WebMethod
    public boolean isAccessAllowed(@WebParam(name = "sessionId") String sessionId,
            @WebParam(name = "bean") EntityBaseBean bean, @WebParam(name = "accessType") AccessType accessType)
            throws IcatException {
        return call(() -> {
            Caller caller = sessions.caller(sessionId);
            String entity = beans.entityName(bean);
            if (accessType == null) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "accessType is not set");
            }
            return accessType == AccessType.CREATE ? access.createAllowed(caller, beans.forCreate(List.of(bean)))
                    : access.allows(caller, entity, bean.getId(), accessType);
        });
    }

    /**
     * Never called: as in ICAT 4.7, its parameters put every entity type (and StudyStatus) into the WSDL's
     * schema, so clients can build any bean from the WSDL alone.
     */
    @WebMethod
    public void dummy(@WebParam Datafile datafile, @WebParam DatafileFormat datafileFormat,
            @WebParam DatafileParameter datafileParameter, @WebParam Dataset dataset,
            @WebParam DatasetParameter datasetParameter, @WebParam DatasetType datasetType, @WebParam Facility facility,
            @WebParam FacilityCycle facilityCycle, @WebParam InstrumentScientist facilityInstrumentScientist,
            @WebParam User user, @WebParam Instrument instrument, @WebParam Investigation investigation,
            @WebParam InvestigationType investigationType, @WebParam InvestigationUser investigator,
            @WebParam Keyword keyword, @WebParam ParameterType parameter, @WebParam Publication publication,
            @WebParam RelatedDatafile relatedDatafile, @WebParam Sample sample,
            @WebParam SampleParameter sampleParameter, @WebParam Shift shift, @WebParam Study study,
            @WebParam StudyInvestigation studyInvestigation, @WebParam StudyStatus studyStatus,
            @WebParam Application application, @WebParam Job job, @WebParam DataCollection dataCollection,
            @WebParam DataCollectionParameter dataCollectionParameter,
            @WebParam DataCollectionDataset dataCollectionDataset,
            @WebParam DataCollectionDatafile dataCollectionDatafile, @WebParam Grouping group,
            @WebParam UserGroup userGroup, @WebParam PublicStep publicStep) {
    }

    private static <T> List<T> listOf(T bean) {
        List<T> list = new ArrayList<>(1);
        list.add(bean);
        return list;
    }

    private static String require(String value, String name) throws IcatServerException {
        if (value == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, name + " is not set");
        }
        return value;
    }

    private interface Operation<T> {
        T run() throws IcatServerException;
    }

    /** ICAT 4.7's create and update of one bean report no offset (its delete of one bean reports 0). */
    private static <T> T single(Operation<T> write) throws IcatServerException {
        try {
            return write.run();
        } catch (IcatServerException e) {
            throw e.offset() < 0 ? e : new IcatServerException(e.type(), e.getMessage());
        }
    }

    /** The catalogue's errors become the fault; anything unexpected INTERNAL with an incident id. */
    private <T> T call(Operation<T> operation) throws IcatException {
        try {
            return operation.run();
        } catch (IcatServerException e) {
            throw IcatException.of(e);
        } catch (RuntimeException e) {
            IcatServerException cause = applicationCause(e);
            if (cause != null) {
                throw IcatException.of(cause);
            }
            String incident = Incidents.record(LOG, request(), e);
            throw new IcatException(IcatExceptionType.INTERNAL, Incidents.publicMessage(incident), -1);
        }
    }

    private static IcatServerException applicationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IcatServerException icat) {
                return icat;
            }
        }
        return null;
    }

    private HttpServletRequest request() {
        try {
            return (HttpServletRequest) webServiceContext.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
