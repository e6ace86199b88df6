/**
 * The entity types of the SOAP API as ICAT 4.7's WSDL declares them ({@code entityBaseBean} and its
 * subtypes, all in the service's namespace http://icatproject.org). Plain data holders: the SOAP edge
 * converts them to and from the JSON the catalogue's services read and write.
 */
package org.beamcat.icat.server.soap.bean;
