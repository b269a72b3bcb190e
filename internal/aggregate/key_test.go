package aggregate

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Al Franken", "al franken"},
		{"Sen. Al Franken", "al franken"},
		{"AL FRANKEN", "al franken"},
		{"House Minority Leader Nancy Pelosi", "nancy pelosi"},
		{"Attorney General Jeff Sessions", "jeff sessions"},
		{"Secretary of State Rex Tillerson", "rex tillerson"},
		{"Mr. Trump", "trump"},
		{"Donald Trump Jr.", "donald trump jr"},
		{"Donald Trump, Jr.", "donald trump jr"},
		{"José Martínez", "jose martinez"},
		{"Beto O’Rourke", "beto orourke"},
		{"Beto O'Rourke", "beto orourke"},
		{"  Jeff   Sessions ", "jeff sessions"},
		{"the Senator", "senator"},
		{"President", "president"},
		{"Łukasz Żak", "lukasz zak"},
		{"", ""},
		{"...", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSurname(t *testing.T) {
	for _, tc := range []struct {
		key, last string
		full      bool
	}{
		{"jeff sessions", "sessions", true},
		{"donald trump jr", "trump", true},
		{"sessions", "sessions", false},
		{"jr", "jr", false},
		{"", "", false},
		{"trump jr", "trump", false},
		{"jr sr", "jr", false},
		{"george h w bush sr", "bush", true},
		{"  al  franken ", "franken", true},
	} {
		last, full := surname(tc.key)
		if last != tc.last || full != tc.full {
			t.Errorf("surname(%q) = %q, %v; want %q, %v", tc.key, last, full, tc.last, tc.full)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"“It’s false,” he said.", "its false he said"},
		{"\"It's  FALSE\"", "its false"},
		{"Café — naïve", "cafe naive"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
