package se.indikator.stdlib.synth;

/**
 * One synthetic primary-care unit (vårdcentral) with the attributes that drive timely
 * assessment in contacts.csv.
 *
 * @param id                unit id, e.g. VC01007
 * @param region            region of the unit
 * @param listed            number of listed patients
 * @param staffDensity      staff per 10 000 listed patients
 * @param patientsPerDoctor listed patients per doctor
 * @param interpreter       whether the unit has interpreter access
 * @param foreignBornShare  share foreign-born in the unit's catchment area
 */
record PrimaryCareUnit(String id, Region region, int listed, double staffDensity, double patientsPerDoctor,
                       boolean interpreter, double foreignBornShare) {
}
