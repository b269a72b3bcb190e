package corpus

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	day := time.Date(2017, 3, 2, 0, 0, 0, 0, time.UTC)
	ten := time.Date(2017, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2017-03-02", day, true},
		{"2017-03-02T10:00:00Z", ten, true},
		{"2017-03-02T10:00:00", ten, true},
		{"2017-03-02T10:00:00.000Z", ten, true},
		{"2017-03-02T05:00:00-05:00", ten, true},
		{"2017-03-02 10:00:00", ten, true},
		{"2017-03-02 10:00", ten, true},
		{"March 2, 2017", day, true},
		{"march 2, 2017", day, true},
		{"MARCH 2, 2017", day, true},
		{"Mar. 2, 2017", day, true},
		{"Mar 2, 2017", day, true},
		{"March 2nd, 2017", day, true},
		{"Thursday, March 2, 2017", day, true},
		{"2 March 2017", day, true},
		{"02 Mar 2017", day, true},
		{"Thu, 02 Mar 2017 10:00:00 GMT", ten, true},
		{"Thu, 02 Mar 2017 10:00:00 +0000", ten, true},
		{"2017/03/02", day, true},
		{" 2017-03-02 ", day, true},
		{"13/3/2017", time.Date(2017, 3, 13, 0, 0, 0, 0, time.UTC), true},
		{"3/13/2017", time.Date(2017, 3, 13, 0, 0, 0, 0, time.UTC), true},
		{"2/2/2017", time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC), true},
		{"2/3/2017", time.Time{}, false},
		{"31/2/2017", time.Time{}, false},
		{"", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"2017-13-45", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
