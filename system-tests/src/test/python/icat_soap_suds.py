#!/usr/bin/python3
"""Drives BeamCat's SOAP API with suds, the SOAP library python-icat uses.

Usage: icat_soap_suds.py ENDPOINT_URL DB_USER DB_PASSWORD
ENDPOINT_URL is the address python-icat is given, http://host:port/ICATService/ICAT (its default path); the
WSDL is read from ENDPOINT_URL?wsdl and the operations are posted where the WSDL's soap:address says, as suds
and python-icat do, so that address must be the one called.
Prints one line per check, "PASS <name>" or "FAIL <name>: <why>", then "DONE <passed>/<total>";
exits 1 when a check failed. IcatSoapSudsIT runs it on the test domain and asserts each check passed.
The calls are those python-icat makes (login with the credentials map, factory-built beans, WebFault
details read as fault.detail.IcatException).
"""
import datetime
import sys
import traceback
import uuid

from suds import WebFault
from suds.client import Client

URL, DB_USER, DB_PASSWORD = sys.argv[1], sys.argv[2], sys.argv[3]
client = Client(URL + "?wsdl", cache=None)
svc = client.service
factory = client.factory
RUN = uuid.uuid4().hex[:8]
results = []


def check(name):
    def run(body):
        try:
            body()
            results.append(True)
            print("PASS " + name, flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
            results.append(False)
            detail = "".join(traceback.format_exception_only(type(e), e)).strip().replace("\n", " | ")
            print("FAIL %s: %s" % (name, detail), flush=True)
        return body
    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def fault(call, *args):
    """The IcatException detail of a call that must fail: (type, message, offset)."""
    try:
        call(*args)
    except WebFault as e:
        detail = e.fault.detail.IcatException
        return str(detail.type), str(detail.message), int(detail.offset)
    raise AssertionError("no fault")


def expect_fault(expected_type, call, *args, offset=-1, message=None):
    kind, text, at = fault(call, *args)
    expect(kind == expected_type, "fault type %s (%s), not %s" % (kind, text, expected_type))
    expect(at == offset, "fault offset %d, not %d (%s)" % (at, offset, text))
    if message is not None:
        expect(text == message, "fault message %r, not %r" % (text, message))
    return text


def login(plugin, **credentials):
    creds = factory.create("login.credentials")
    for key, value in credentials.items():
        entry = factory.create("login.credentials.entry")
        entry.key = key
        entry.value = value
        creds.entry.append(entry)
    return svc.login(plugin, creds)


def bean(type_name, **fields):
    b = factory.create(type_name)
    for key, value in fields.items():
        setattr(b, key, value)
    return b


def ref(type_name, id_):
    return bean(type_name, id=id_)


def search(session, query):
    return svc.search(session, query) or []


def lower_first(name):
    return name[0].lower() + name[1:]


state = {}


@check("wsdl: service ICATService, port ICATPort, namespace http://icatproject.org, soap:address as called")
def _():
    service = client.wsdl.services[0]
    expect(service.name == "ICATService", service.name)
    expect(service.ports[0].name == "ICATPort", service.ports[0].name)
    expect(client.wsdl.tns[1] == "http://icatproject.org", client.wsdl.tns)
    expect(service.ports[0].location == URL, "soap:address %s, not %s" % (service.ports[0].location, URL))
    methods = sorted(m.name for m in service.ports[0].methods.values())
    for op in ["create", "createMany", "delete", "deleteMany", "get", "getApiVersion", "getEntityInfo",
               "getEntityNames", "getProperties", "getRemainingMinutes", "getUserName", "isAccessAllowed",
               "login", "logout", "refresh", "search", "update"]:
        expect(op in methods, "operation %s missing from %s" % (op, methods))


@check("getApiVersion is 4.7.0")
def _():
    expect(svc.getApiVersion() == "4.7.0", svc.getApiVersion())


@check("login simple (root, alice, bob) and getUserName")
def _():
    for name in ["root", "alice", "bob"]:
        state[name] = login("simple", username=name, password=name)
        expect(svc.getUserName(state[name]) == "simple/" + name, svc.getUserName(state[name]))


@check("login db and getUserName")
def _():
    session = login("db", username=DB_USER, password=DB_PASSWORD)
    expect(svc.getUserName(session) == "db/" + DB_USER, svc.getUserName(session))
    svc.logout(session)


@check("login anon (empty credentials) and getUserName")
def _():
    session = login("anon")
    expect(svc.getUserName(session) == "anon/anon", svc.getUserName(session))


@check("login faults: wrong password and unknown plugin are SESSION")
def _():
    expect_fault("SESSION", lambda: login("simple", username="alice", password="bob"))
    expect_fault("SESSION", lambda: login("typo", username="alice", password="alice"),
                 message="Authenticator mnemonic typo not recognised")


@check("getRemainingMinutes, refresh, logout")
def _():
    session = login("simple", username="alice", password="alice")
    minutes = svc.getRemainingMinutes(session)
    expect(0 < minutes <= 120, minutes)
    svc.refresh(session)
    svc.logout(session)
    expect_fault("SESSION", svc.getUserName, session)
    expect_fault("SESSION", svc.getRemainingMinutes, session)
    expect_fault("SESSION", svc.refresh, session)


@check("getProperties for root; INSUFFICIENT_PRIVILEGES for others")
def _():
    props = svc.getProperties(state["root"])
    expect(any(p.startswith("lifetimeMinutes ") for p in props), props)
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.getProperties, state["alice"])


@check("getEntityNames lists the 38 ICAT 4.7 entities")
def _():
    names = svc.getEntityNames()
    state["names"] = list(names)
    expect(len(names) == 38, len(names))
    for name in ["Dataset", "Datafile", "Investigation", "Rule", "PublicStep", "DataCollectionParameter"]:
        expect(name in names, name)


@check("getEntityInfo for every entity agrees with the WSDL type")
def _():
    for name in state["names"]:
        info = svc.getEntityInfo(name)
        fields = {f.name: f for f in info.fields}
        for system, kind in [("id", "Long"), ("createId", "String"), ("createTime", "Date"),
                             ("modId", "String"), ("modTime", "Date")]:
            expect(fields[system].type == kind and fields[system].relType == "ATTRIBUTE", name + "." + system)
        for f in info.fields:
            expect(f.relType in ("ATTRIBUTE", "ONE", "MANY"), "%s.%s relType %s" % (name, f.name, f.relType))
        wsdl_fields = {k for k, _ in factory.create(lower_first(name))}
        expect(wsdl_fields == set(fields), "%s: WSDL %s, entityInfo %s" % (name, sorted(wsdl_fields), sorted(fields)))
        for f in info.fields:
            if f.relType != "ATTRIBUTE":
                expect(f.type in state["names"], "%s.%s type %s" % (name, f.name, f.type))


@check("getEntityInfo Dataset: constraint, relations, lengths")
def _():
    info = svc.getEntityInfo("Dataset")
    expect([list(c.fieldNames) for c in info.constraints] == [["investigation", "name"]], info.constraints)
    fields = {f.name: f for f in info.fields}
    expect(fields["investigation"].relType == "ONE" and fields["investigation"].type == "Investigation"
           and fields["investigation"].notNullable, fields["investigation"])
    expect(fields["datafiles"].relType == "MANY" and fields["datafiles"].type == "Datafile", fields["datafiles"])
    expect(fields["name"].type == "String" and fields["name"].stringLength == 255 and fields["name"].notNullable,
           fields["name"])
    expect(fields["complete"].type == "boolean", fields["complete"])
    expect(fields["startDate"].type == "Date", fields["startDate"])
    expect(getattr(fields["startDate"], "stringLength", None) is None, fields["startDate"])
    pt = {f.name: f for f in svc.getEntityInfo("ParameterType").fields}
    expect(pt["valueType"].type == "ParameterValueType", pt["valueType"])


@check("getEntityInfo Parameter (the abstract parent python-icat asks for first)")
def _():
    info = svc.getEntityInfo("Parameter")
    names = sorted(f.name for f in info.fields)
    expect(names == sorted(["createId", "createTime", "dateTimeValue", "error", "id", "modId", "modTime",
                            "numericValue", "rangeBottom", "rangeTop", "stringValue", "type"]), names)
    expect(not getattr(info, "constraints", None), info)


@check("getEntityInfo of a non-entity is BAD_PARAMETER")
def _():
    expect_fault("BAD_PARAMETER", svc.getEntityInfo, "Nonsense", message="Nonsense is not an ICAT entity")


@check("create and createMany (reference data, investigation with members, dataset with datafiles)")
def _():
    root = state["root"]
    fac = svc.create(root, bean("facility", name="SOAP-" + RUN, fullName="SOAP test facility"))
    state["facility"] = fac
    ids = svc.createMany(root, [
        bean("investigationType", name="experiment", facility=ref("facility", fac)),
        bean("datasetType", name="raw", facility=ref("facility", fac)),
        bean("datafileFormat", name="nexus", version="3", facility=ref("facility", fac))])
    expect(len(ids) == 3 and all(i > 0 for i in ids), ids)
    state["invType"], state["dsType"], state["format"] = ids
    users = {u.name: u.id for u in search(root, "User")}
    for name in ["simple/alice", "simple/bob"]:
        if name not in users:
            users[name] = svc.create(root, bean("user", name=name))
    inv = bean("investigation", name="SOAP-INV-" + RUN, visitId="1", title="SOAP investigation",
               facility=ref("facility", fac), type=ref("investigationType", state["invType"]),
               startDate=datetime.datetime(2026, 1, 2, 3, 4, 5))
    inv.investigationUsers.append(bean("investigationUser", role="PI", user=ref("user", users["simple/alice"])))
    state["investigation"] = svc.create(root, inv)
    ds = bean("dataset", name="ds1", complete=False, investigation=ref("investigation", state["investigation"]),
              type=ref("datasetType", state["dsType"]))
    for n in ["a.h5", "b.h5"]:
        ds.datafiles.append(bean("datafile", name=n, fileSize=42, datafileFormat=ref("datafileFormat", state["format"])))
    state["dataset"] = svc.create(root, ds)
    expect(state["dataset"] > 0, state["dataset"])


@check("search with INCLUDE (JPQL-like and concise) returns typed beans with their relations")
def _():
    root = state["root"]
    rows = search(root, "SELECT ds FROM Dataset ds WHERE ds.id = %d INCLUDE ds.investigation, ds.datafiles"
                  % state["dataset"])
    expect(len(rows) == 1, rows)
    ds = rows[0]
    expect(ds.__class__.__name__ == "dataset", ds.__class__.__name__)
    expect(ds.investigation.name == "SOAP-INV-" + RUN, ds.investigation)
    expect(sorted(df.name for df in ds.datafiles) == ["a.h5", "b.h5"], ds.datafiles)
    expect(ds.createId == "simple/root" and ds.createTime is not None, ds)
    inv = search(root, "Investigation [id=%d] INCLUDE InvestigationUser, User" % state["investigation"])[0]
    expect(inv.investigationUsers[0].user.name == "simple/alice", inv)
    expect(inv.startDate.year == 2026 and inv.startDate.hour == 3, inv.startDate)
    ids = search(root, "SELECT ds.id FROM Dataset ds WHERE ds.id = %d" % state["dataset"])
    expect(list(ids) == [state["dataset"]], ids)


@check("search scalar results (COUNT, a string attribute)")
def _():
    root = state["root"]
    count = search(root, "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = %d" % state["dataset"])
    expect(list(count) == [2], count)
    names = search(root, "SELECT ds.name FROM Dataset ds WHERE ds.id = %d" % state["dataset"])
    expect(list(names) == ["ds1"], names)


@check("get with INCLUDE 1")
def _():
    ds = svc.get(state["root"], "Dataset INCLUDE 1", state["dataset"])
    expect(ds.__class__.__name__ == "dataset" and ds.id == state["dataset"], ds)
    expect(ds.investigation.id == state["investigation"] and ds.type.name == "raw", ds)
    expect_fault("NO_SUCH_OBJECT_FOUND", svc.get, state["root"], "Dataset", 987654321)


@check("update sets attributes and references as given")
def _():
    root = state["root"]
    ds = svc.get(root, "Dataset INCLUDE 1", state["dataset"])
    ds.description = "updated over SOAP"
    ds.complete = True
    svc.update(root, ds)
    again = svc.get(root, "Dataset", state["dataset"])
    expect(again.description == "updated over SOAP" and again.complete is True, again)
    expect(again.modTime >= again.createTime, again)


@check("delete and deleteMany")
def _():
    root = state["root"]
    files = search(root, "SELECT df FROM Datafile df WHERE df.dataset.id = %d ORDER BY df.name" % state["dataset"])
    svc.delete(root, files[0])
    expect(list(search(root, "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = %d" % state["dataset"])) == [1],
           "one left")
    extra = svc.createMany(root, [bean("datafile", name="c.h5", dataset=ref("dataset", state["dataset"])),
                                  bean("datafile", name="d.h5", dataset=ref("dataset", state["dataset"]))])
    svc.deleteMany(root, [ref("datafile", files[1].id)] + [ref("datafile", i) for i in extra])
    expect(list(search(root, "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = %d" % state["dataset"])) == [0],
           "none left")


@check("faults carry type, message and offset")
def _():
    root = state["root"]
    text = expect_fault("OBJECT_ALREADY_EXISTS", svc.create, root, bean("facility", name="SOAP-" + RUN))
    expect("SOAP-" + RUN in text, text)
    expect_fault("OBJECT_ALREADY_EXISTS", svc.createMany, root,
                 [bean("facility", name="SOAP-ok-" + RUN), bean("facility", name="SOAP-" + RUN)], offset=1)
    expect(list(search(root, "SELECT COUNT(f) FROM Facility f WHERE f.name = 'SOAP-ok-%s'" % RUN)) == [0],
           "createMany is all or nothing")
    expect_fault("VALIDATION", svc.create, root, bean("facility"), offset=-1)
    expect_fault("BAD_PARAMETER", svc.search, root, "SELECT rubbish FROM")
    expect_fault("SESSION", svc.search, "no-such-session", "Facility")
    # As ICAT 4.7: create and update of one bean name no offset, delete of one bean names offset 0.
    expect_fault("NO_SUCH_OBJECT_FOUND", svc.delete, root, ref("datafile", 987654321), offset=0)
    expect_fault("NO_SUCH_OBJECT_FOUND", svc.deleteMany, root,
                 [ref("facility", state["facility"]), ref("datafile", 987654321)], offset=1)
    expect(len(search(root, "Facility [id=%d]" % state["facility"])) == 1, "deleteMany is all or nothing")


@check("rules: member reads, non-member does not; isAccessAllowed")
def _():
    root, alice, bob = state["root"], state["alice"], state["bob"]
    state["rule"] = svc.create(root, bean("rule", crudFlags="R", what="SELECT i FROM Investigation i JOIN"
                                          " i.investigationUsers iu JOIN iu.user u WHERE u.name = :user"))
    query = "Investigation [id=%d]" % state["investigation"]
    expect(len(search(alice, query)) == 1, "alice, a member, reads her investigation")
    expect(len(search(bob, query)) == 0, "bob, not a member, gets nothing")
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.get, bob, "Investigation", state["investigation"])
    inv = ref("investigation", state["investigation"])
    expect(svc.isAccessAllowed(alice, inv, "READ") is True, "alice READ")
    expect(svc.isAccessAllowed(bob, inv, "READ") is False, "bob READ")
    expect(svc.isAccessAllowed(alice, inv, "UPDATE") is False, "alice UPDATE")
    expect(svc.isAccessAllowed(alice, inv, "DELETE") is False, "alice DELETE")
    expect(svc.isAccessAllowed(root, inv, "UPDATE") is True, "root UPDATE")
    probe = bean("facility", name="SOAP-probe-" + RUN)
    expect(svc.isAccessAllowed(alice, probe, "CREATE") is False, "alice CREATE")
    expect(svc.isAccessAllowed(root, probe, "CREATE") is True, "root CREATE")
    expect(list(search(root, "SELECT COUNT(f) FROM Facility f WHERE f.name = 'SOAP-probe-%s'" % RUN)) == [0],
           "the CREATE probe left nothing")
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.create, bob,
                 bean("dataset", name="intruder", investigation=inv, type=ref("datasetType", state["dsType"])))
    expect(len(search(root, "Dataset [name='intruder']")) == 0, "the refused create wrote nothing")
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.delete, alice, ref("dataset", state["dataset"]), offset=0)
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.deleteMany, alice, [ref("dataset", state["dataset"])], offset=0)
    expect(len(search(root, "Dataset [id=%d]" % state["dataset"])) == 1, "the refused deletes removed nothing")
    expect_fault("SESSION", svc.create, "no-such-session", bean("facility", name="SOAP-anon-" + RUN))
    expect(len(search(root, "Facility [name='SOAP-anon-%s']" % RUN)) == 0, "no session, nothing written")
    expect_fault("INSUFFICIENT_PRIVILEGES", svc.update, alice, svc.get(alice, "Investigation", state["investigation"]))


@check("clean-up: the rule and the facility (with everything below it) are deleted again")
def _():
    # Later test classes share this catalogue: nothing made here may stay readable to alice or bob.
    root = state["root"]
    if "rule" in state:
        svc.delete(root, ref("rule", state["rule"]))
    svc.delete(root, ref("facility", state["facility"]))
    expect(len(search(root, "Investigation [name='SOAP-INV-%s']" % RUN)) == 0, "the investigation is gone")


passed = sum(results)
print("DONE %d/%d" % (passed, len(results)), flush=True)
sys.exit(0 if passed == len(results) else 1)
