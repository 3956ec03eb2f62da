package org.crossforce.corpus.population;

import static org.crossforce.corpus.population.CorpusForce.BTP;
import static org.crossforce.corpus.population.CorpusForce.CITY_OF_LONDON;
import static org.crossforce.corpus.population.CorpusForce.ESSEX;
import static org.crossforce.corpus.population.CorpusForce.KENT;
import static org.crossforce.corpus.population.CorpusForce.METROPOLITAN;

import java.util.List;

/**
 * Real places in each force area with their real postcode districts and approximate centres.
 * Streets, house numbers and the inward half of postcodes are generated; the places are real so
 * that maps, postcodes and coordinates in the corpus agree.
 */
public final class Places {

    public static final List<Place> ALL = List.of(
            home("Hackney", "London", "E8", 51.5450, -0.0553, METROPOLITAN),
            home("Stoke Newington", "London", "N16", 51.5620, -0.0740, METROPOLITAN),
            home("Tottenham", "London", "N17", 51.5975, -0.0681, METROPOLITAN),
            home("Walthamstow", "London", "E17", 51.5831, -0.0197, METROPOLITAN),
            home("Stratford", "London", "E15", 51.5413, -0.0036, METROPOLITAN),
            home("Brixton", "London", "SW9", 51.4613, -0.1156, METROPOLITAN),
            home("Peckham", "London", "SE15", 51.4740, -0.0690, METROPOLITAN),
            home("Lewisham", "London", "SE13", 51.4615, -0.0106, METROPOLITAN),
            home("Woolwich", "London", "SE18", 51.4906, 0.0640, METROPOLITAN),
            home("Croydon", "Croydon", "CR0", 51.3762, -0.0982, METROPOLITAN),
            home("Ealing", "London", "W5", 51.5130, -0.3040, METROPOLITAN),
            home("Wembley", "Wembley", "HA9", 51.5524, -0.2967, METROPOLITAN),
            home("Camden Town", "London", "NW1", 51.5390, -0.1426, METROPOLITAN),
            home("Islington", "London", "N1", 51.5362, -0.1033, METROPOLITAN),
            home("Kilburn", "London", "NW6", 51.5470, -0.1950, METROPOLITAN),
            home("Romford", "Romford", "RM1", 51.5768, 0.1801, METROPOLITAN),
            home("Barbican", "London", "EC2Y", 51.5200, -0.0936, CITY_OF_LONDON),
            spot("Cheapside", "London", "EC2V", 51.5142, -0.0937, CITY_OF_LONDON),
            spot("Bishopsgate", "London", "EC2M", 51.5175, -0.0814, CITY_OF_LONDON),
            spot("Fleet Street", "London", "EC4A", 51.5141, -0.1080, CITY_OF_LONDON),
            spot("Aldgate", "London", "EC3N", 51.5127, -0.0763, CITY_OF_LONDON),
            spot("Smithfield", "London", "EC1A", 51.5188, -0.1013, CITY_OF_LONDON),
            spot("Leadenhall", "London", "EC3V", 51.5131, -0.0826, CITY_OF_LONDON),
            home("Margate", "Margate", "CT9", 51.3891, 1.3862, KENT),
            home("Ramsgate", "Ramsgate", "CT11", 51.3358, 1.4190, KENT),
            home("Broadstairs", "Broadstairs", "CT10", 51.3589, 1.4395, KENT),
            home("Canterbury", "Canterbury", "CT1", 51.2802, 1.0789, KENT),
            home("Maidstone", "Maidstone", "ME14", 51.2720, 0.5290, KENT),
            home("Chatham", "Chatham", "ME4", 51.3780, 0.5270, KENT),
            home("Gillingham", "Gillingham", "ME7", 51.3890, 0.5485, KENT),
            home("Folkestone", "Folkestone", "CT20", 51.0814, 1.1695, KENT),
            home("Dover", "Dover", "CT16", 51.1279, 1.3134, KENT),
            home("Ashford", "Ashford", "TN24", 51.1465, 0.8750, KENT),
            home("Dartford", "Dartford", "DA1", 51.4463, 0.2168, KENT),
            home("Gravesend", "Gravesend", "DA11", 51.4414, 0.3707, KENT),
            home("Sittingbourne", "Sittingbourne", "ME10", 51.3400, 0.7350, KENT),
            spot("Liverpool Street station", "London", "EC2M", 51.5178, -0.0817, BTP),
            spot("St Pancras International", "London", "N1C", 51.5312, -0.1262, BTP),
            spot("Victoria station", "London", "SW1V", 51.4952, -0.1441, BTP),
            spot("Stratford station", "London", "E15", 51.5416, -0.0033, BTP),
            spot("Clapham Junction station", "London", "SW11", 51.4643, -0.1704, BTP),
            spot("Margate station", "Margate", "CT9", 51.3853, 1.3722, BTP),
            spot("Ramsgate station", "Ramsgate", "CT11", 51.3410, 1.4067, BTP),
            spot("Chelmsford station", "Chelmsford", "CM1", 51.7364, 0.4685, BTP),
            spot("Southend Victoria station", "Southend-on-Sea", "SS2", 51.5415, 0.7115, BTP),
            spot("Brighton station", "Brighton", "BN1", 50.8290, -0.1411, BTP),
            spot("Gatwick Airport station", "Gatwick", "RH6", 51.1564, -0.1611, BTP),
            spot("Birmingham New Street station", "Birmingham", "B2", 52.4778, -1.8990, BTP),
            home("Chelmsford", "Chelmsford", "CM1", 51.7356, 0.4685, ESSEX),
            home("Basildon", "Basildon", "SS14", 51.5761, 0.4886, ESSEX),
            home("Southend-on-Sea", "Southend-on-Sea", "SS1", 51.5459, 0.7077, ESSEX),
            home("Colchester", "Colchester", "CO1", 51.8892, 0.9042, ESSEX),
            home("Harlow", "Harlow", "CM20", 51.7730, 0.1030, ESSEX),
            home("Grays", "Grays", "RM17", 51.4757, 0.3265, ESSEX),
            home("Clacton-on-Sea", "Clacton-on-Sea", "CO15", 51.7898, 1.1561, ESSEX),
            home("Brentwood", "Brentwood", "CM14", 51.6210, 0.3060, ESSEX),
            home("Braintree", "Braintree", "CM7", 51.8780, 0.5530, ESSEX),
            home("Canvey Island", "Canvey Island", "SS8", 51.5200, 0.5800, ESSEX),
            home("Witham", "Witham", "CM8", 51.8000, 0.6400, ESSEX));

    private Places() {
    }

    public static List<Place> of(CorpusForce force) {
        return ALL.stream().filter(p -> p.force() == force).toList();
    }

    public static List<Place> residential(CorpusForce force) {
        return ALL.stream().filter(p -> p.force() == force && p.residential()).toList();
    }

    private static Place home(String locality, String town, String outward, double lat, double lon, CorpusForce force) {
        return new Place(locality, town, outward, lat, lon, force, true);
    }

    private static Place spot(String locality, String town, String outward, double lat, double lon, CorpusForce force) {
        return new Place(locality, town, outward, lat, lon, force, false);
    }
}
