package org.crossforce.corpus.population;

import java.util.List;

/** Common makes and models on UK roads, with the short make officers write (VW, Merc). */
final class Models {

    record Model(String make, String shortMake, String model, int weight) {
    }

    static final List<Model> ALL = List.of(
            new Model("Volkswagen", "VW", "Golf", 9), new Model("Volkswagen", "VW", "Polo", 5),
            new Model("Ford", "Ford", "Fiesta", 9), new Model("Ford", "Ford", "Focus", 7),
            new Model("Ford", "Ford", "Transit", 5), new Model("Vauxhall", "Vauxhall", "Corsa", 8),
            new Model("Vauxhall", "Vauxhall", "Astra", 5), new Model("BMW", "BMW", "3 Series", 5),
            new Model("BMW", "BMW", "1 Series", 4), new Model("Audi", "Audi", "A3", 5),
            new Model("Mercedes-Benz", "Merc", "C-Class", 4), new Model("Mercedes-Benz", "Merc", "Sprinter", 2),
            new Model("Toyota", "Toyota", "Yaris", 4), new Model("Toyota", "Toyota", "Prius", 3),
            new Model("Nissan", "Nissan", "Qashqai", 5), new Model("Kia", "Kia", "Sportage", 3),
            new Model("Hyundai", "Hyundai", "Tucson", 2), new Model("Peugeot", "Peugeot", "208", 3),
            new Model("Land Rover", "Range Rover", "Range Rover Sport", 2), new Model("Mini", "Mini", "Cooper", 3),
            new Model("Honda", "Honda", "Civic", 2), new Model("Seat", "Seat", "Leon", 3),
            new Model("Skoda", "Skoda", "Octavia", 3), new Model("Renault", "Renault", "Clio", 3),
            new Model("Tesla", "Tesla", "Model 3", 1), new Model("Yamaha", "Yamaha", "NMAX 125 scooter", 1));

    static final List<String> COLOURS = List.of("grey", "black", "white", "silver", "blue", "red", "green",
            "grey", "black", "white", "silver", "blue", "orange", "yellow", "bronze");

    private Models() {
    }

    static Model pick(Dice dice) {
        return ALL.get(dice.weighted(ALL.stream().mapToInt(Model::weight).toArray()));
    }
}
