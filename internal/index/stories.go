package index

import (
	"context"
	"errors"

	"storytui/internal/aggregate"
)

// errNoStories is returned until stories are grouped at index time.
var errNoStories = errors.New("stories are not grouped in this index yet")

// Stories lists the stories of the articles query finds.
func (ix *Index) Stories(ctx context.Context, query string, limit int) ([]aggregate.Story, error) {
	return nil, errNoStories
}

// Coverage compares how each outlet covered one story.
func (ix *Index) Coverage(ctx context.Context, storyID string) (aggregate.Coverage, error) {
	return aggregate.Coverage{}, errNoStories
}
