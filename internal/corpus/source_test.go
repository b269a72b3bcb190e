package corpus

import "testing"

func TestDetectSource(t *testing.T) {
	tests := []struct{ text, want string }{
		{"(CNN) Attorney General Jeff Sessions met twice.", "CNN"},
		{" (CNN) Leading space.", "CNN"},
		{"Washington (CNN) Thirty-eight minutes into his statement.", "CNN"},
		{"WASHINGTON (Reuters) - The Senate voted on Tuesday.", "Reuters"},
		{"NEW YORK, March 2 (Reuters) - Stocks rose.", "Reuters"},
		{"(AP) — A storm hit the coast.", "Associated Press"},
		{"WASHINGTON (AP) — A storm hit the coast.", "Associated Press"},
		{"LONDON (AFP) - Talks resumed.", "AFP"},
		{"Story text.\n\nABC News' Chris Donovan contributed to this report.", "ABC News"},
		{"Story text. CNN's Jim Acosta and Dana Bash contributed to this report.", "CNN"},
		{"Story text.\n\nThe Associated Press contributed to this report.", "Associated Press"},
		{"Story text.\n\nJim Acosta contributed to this report.", ""},
		{"Oil prices fell.\n\n(Reporting by Jane Doe; Editing by John Roe)", "Reuters"},
		{"Sen. Rand Paul (R) said no.", ""},
		{"Rep. Jones (R-Ky.) said no.", ""},
		{"The bill (HR 1) passed.", ""},
		{"Plain text with no outlet.", ""},
		{"(Jonathan Ernst/Reuters) The president spoke.", ""},
		{"(Reuters photo: Jonathan Ernst) The president spoke.", ""},
		{"(SOUNDBITE) I am here.", ""},
		{"MOSCOW (Interfax) - Talks resumed.", "Interfax"},
		{"(FoxNews.com) The president spoke.", "Fox News"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DetectSource(tt.text); got != tt.want {
			t.Errorf("DetectSource(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTitleSkipsDateline(t *testing.T) {
	if got := titleFromText("WASHINGTON (Reuters) - The Senate voted on Tuesday. More text."); got != "The Senate voted on Tuesday." {
		t.Errorf("title %q", got)
	}
}
