// Names as they are written in each country, including the letters and
// particles the surname rules must handle (Ø, Å, Ä, Ö, "van der", "'t").

export const norwegian = {
  given: ["Ingrid", "Ola", "Kari", "Lars", "Nora", "Emil", "Sofie", "Henrik", "Ingvild", "Magnus", "Astrid", "Sindre", "Marte", "Eirik", "Silje", "Håkon", "Ragnhild", "Øystein", "Åse", "Bjørn", "Tone", "Jørgen", "Solveig", "Kristoffer", "Hanne", "Torbjørn", "Line", "Aksel", "Maren", "Vegard"],
  family: ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Dahl", "Jørgensen", "Halvorsen", "Lie", "Moen", "Bakken", "Solberg", "Ødegård", "Øvrebø", "Østby", "Ås", "Åsheim", "Æsøy", "Ålien", "Strand", "Lund", "Vik", "Bråthen", "Sæther", "Næss", "Grønli", "Tveit", "Sørensen", "Nygård", "Holm", "Ueland", "Wold", "Yttervik", "Zahl", "Fjeld", "Rønning", "Iversen", "Christensen", "Gundersen"],
};

export const swedish = {
  given: ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Sara", "Johan", "Elin", "Oskar", "Maja", "Viktor", "Linnéa", "Gustav", "Ebba", "Axel", "Frida", "Olof", "Sigrid", "Björn", "Agnes", "Måns", "Ida", "Per", "Tove", "Nils", "Åsa", "Göran", "Märta", "Emil"],
  family: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hansson", "Bengtsson", "Lindqvist", "Lindberg", "Lindström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson", "Åberg", "Åkesson", "Ångström", "Älvström", "Ärlebrant", "Öberg", "Östlund", "Öhman", "Bergström", "Holmgren", "Nyström", "Ek", "Hedlund", "Strömberg", "Vikström", "Zetterlund", "Madsen", "Isaksson", "Törnqvist", "Quist"],
};

export const dutch = {
  given: ["Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Levi", "Tess", "Finn", "Anna", "Milan", "Sara", "Bram", "Lotte", "Jesse", "Fenna", "Thijs", "Noor", "Ruben", "Eva", "Sanne", "Joris", "Femke", "Pieter", "Marloes", "Wouter", "Ilse", "Koen", "Annelies", "Gijs"],
  family: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "'t Hart", "ter Horst", "ten Cate", "van der Berg", "Verhoeven", "Willems", "Prins", "Huisman", "in 't Veld", "van Beek", "Zwart", "Oosterhuis", "Yildiz", "Ubbink", "Roos", "Groen", "Kuipers"],
};
