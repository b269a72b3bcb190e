package corpus

import "testing"

func TestDropHoverCards(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"card before a possessive",
			"Aides to Senator Ann Hall Annabel Marie HallSenate passes farm bill Hall says vote was fair MORE’s office said no.",
			"Aides to Senator Ann Hall’s office said no."},
		{"card before a party tag",
			"Rep. Tom Reed Thomas (Tom) Walter ReedHouse panel subpoenas bank records Reed: 'We are not done' MORE (R-Ohio) said Tuesday.",
			"Rep. Tom Reed (R-Ohio) said Tuesday."},
		{"card glued to a quoted headline",
			"said Gov. Lee Park Lee Soo Park'A failure of nerve' MORE on Monday.",
			"said Gov. Lee Park on Monday."},
		{"two cards in a line",
			"Sen. Ann Hall Annabel HallFarm bill stalls MORE and Rep. Jo Diaz Josefina DiazBudget talks resume MORE met.",
			"Sen. Ann Hall and Rep. Jo Diaz met."},
		{"shown name glued to the legal one",
			"Acting Secretary Ana Diaz-LopezAna Diaz-LopezBorder talks stall MORE on Tuesday.",
			"Acting Secretary Ana Diaz-Lopez on Tuesday."},
		{"legal name then a space",
			"Speaker Tom Reed Tom Walter Reed Budget deal collapses Reed: 'We tried' MORE (R-Ohio) said.",
			"Speaker Tom Reed (R-Ohio) said."},
		{"legal name the same as the shown one",
			"Former Senator Jo Diaz Jo Diaz Diaz wins primary Five takeaways from the debate MORE and her son.",
			"Former Senator Jo Diaz and her son."},
		{"all-capitals line stays", "THE PRESIDENT AND THE CONGRESS WANT MORE", "THE PRESIDENT AND THE CONGRESS WANT MORE"},
		{"particle in the name",
			"Mayor Ana de Souza Ana de SouzaCity budget passes MORE (D) said.",
			"Mayor Ana de Souza (D) said."},
		{"suffix of the shown name stays",
			"his son Tom Reed Jr. Thomas (Tom) Reed2024 poll shows gains MORE and his wife.",
			"his son Tom Reed Jr. and his wife."},
		{"Mc surname", "Leader Dan McKay Daniel (Dan) Ross McKayTax plan fails MORE spoke.", "Leader Dan McKay spoke."},
		{"hyphenated surname", "Rep. Ana Ruiz-Cole Ana Maria Ruiz-ColeShe wins seat MORE voted.", "Rep. Ana Ruiz-Cole voted."},
		{"no glue: text stays", "He wants MORE money and MORE time.", "He wants MORE money and MORE time."},
		{"shouted MORE in a headline stays", "TWO MORE BITE THE DUST FOR THE CAMPAIGN", "TWO MORE BITE THE DUST FOR THE CAMPAIGN"},
		{"camel case brand before MORE stays", "The iPhone maker sold MORE units.", "The iPhone maker sold MORE units."},
		{"glue without the name again stays", "Ann Hall said the McDonald case had MORE to it.", "Ann Hall said the McDonald case had MORE to it."},
		{"MOREover is a word", "Ann Hall Annabel HallFarm bill MOREover", "Ann Hall Annabel HallFarm bill MOREover"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropHoverCards(tt.in); got != tt.want {
				t.Errorf("dropHoverCards(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropHoverCardsKeepsPossessives(t *testing.T) {
	in := "Ann Hall Annabel Hall's aide said there was MORE to it."
	if got := dropHoverCards(in); got != in {
		t.Errorf("dropHoverCards(%q) = %q, want it unchanged", in, got)
	}
}
