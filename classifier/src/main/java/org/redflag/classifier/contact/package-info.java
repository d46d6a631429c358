/**
 * Contact points of an ad (phone numbers in E.164, e-mail addresses, messenger handles, URLs), normalised so that ads
 * sharing one can be linked.
 */
package org.redflag.classifier.contact;
