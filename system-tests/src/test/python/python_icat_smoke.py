#!/usr/bin/python3
"""A manual check with python-icat itself (not run by test.sh: python-icat is no Debian package).

Usage: PYTHONPATH=<python-icat's src> python_icat_smoke.py BASE_URL [ROOT_PASSWORD]
e.g.   PYTHONPATH=/tmp/python-icat/src system-tests/src/test/python/python_icat_smoke.py http://localhost:8080
It builds python-icat's Client (which learns the schema through getEntityInfo of every entity and
Parameter), logs in as simple/root, writes a small tree with create/createMany, reads it back through
python-icat's Query with includes, get, update, getUniqueKey, searchMatching, a fault, and deletes
what it wrote. Prints "OK" at the end; any failure is a Python traceback.
"""
import sys
import uuid

import icat
from icat.query import Query

base = sys.argv[1]
password = sys.argv[2] if len(sys.argv) > 2 else "root"
run = uuid.uuid4().hex[:8]
client = icat.Client(base, checkCert=False)
assert str(client.apiversion) == "4.7.0", client.apiversion
client.login("simple", {"username": "root", "password": password})
assert client.getUserName() == "simple/root"
fac = client.new("Facility", name="PICAT-" + run, fullName="python-icat facility")
fac.create()
itype = client.new("InvestigationType", name="exp", facility=fac)
itype.create()
inv = client.new("Investigation", name="PI-" + run, visitId="1", title="t", facility=fac, type=itype)
inv.create()
dtype = client.new("DatasetType", name="raw", facility=fac)
dtype.create()
ds = client.new("Dataset", name="ds", investigation=inv, type=dtype, complete=False)
ds.create()
client.createMany([client.new("Datafile", name="f%d" % i, dataset=ds) for i in range(3)])
found = client.search(Query(client, "Dataset", conditions={"id": "= %d" % ds.id},
                            includes=["investigation", "datafiles"]))
assert len(found) == 1 and found[0].investigation.name == "PI-" + run and len(found[0].datafiles) == 3, found
assert client.assertedSearch("Facility [name='PICAT-%s']" % run)[0].id == fac.id
got = client.get("Dataset INCLUDE 1", ds.id)
got.description = "changed"
got.update()
assert client.get("Dataset", ds.id).description == "changed"
try:
    client.new("Facility", name="PICAT-" + run).create()
    raise AssertionError("a duplicate facility was created")
except icat.ICATObjectExistsError:
    pass
assert ds.getUniqueKey().startswith("Dataset_investigation-"), ds.getUniqueKey()
assert client.searchMatching(client.new("Facility", name="PICAT-" + run)).id == fac.id
client.deleteMany(client.search("SELECT df FROM Datafile df WHERE df.dataset.id = %d" % ds.id))
client.delete(fac)
assert client.search("SELECT COUNT(f) FROM Facility f WHERE f.name = 'PICAT-%s'" % run) == [0]
client.logout()
print("OK")
