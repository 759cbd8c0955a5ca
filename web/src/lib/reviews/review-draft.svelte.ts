import type { Competency, ReviewDetailFragment, UpdatePerformanceReviewInput } from '$lib/graphql/generated/graphql';
import { competencyOrder } from './labels';

interface RatingDraft {
  rating: number | null;
  note: string;
}

type Saved = Pick<ReviewDetailFragment, 'ratings' | 'strengths' | 'improvements'>;

/** What the manager is writing in a draft review, compared with what the server last saved. */
export class ReviewDraft {
  ratings = $state<Record<Competency, RatingDraft>>(emptyRatings());
  strengths = $state('');
  improvements = $state('');
  private saved = $state.raw<string>('');

  constructor(review: Saved) {
    this.reset(review);
  }

  /** Takes the server's copy, after loading or saving. */
  reset(review: Saved): void {
    const ratings = emptyRatings();
    for (const entry of review.ratings) ratings[entry.competency] = { rating: entry.rating, note: entry.note };
    this.ratings = ratings;
    this.strengths = review.strengths;
    this.improvements = review.improvements;
    this.saved = JSON.stringify(this.input('-'));
  }

  get unrated(): Competency[] {
    return competencyOrder.filter((competency) => this.ratings[competency].rating === null);
  }

  get dirty(): boolean {
    return JSON.stringify(this.input('-')) !== this.saved;
  }

  /** Only rated competencies are sent: the server takes a partial set and refuses to share it. */
  input(id: string): UpdatePerformanceReviewInput {
    return {
      id,
      ratings: competencyOrder.flatMap((competency) => {
        const { rating, note } = this.ratings[competency];
        return rating === null ? [] : [{ competency, rating, note: note.trim() }];
      }),
      strengths: this.strengths.trim(),
      improvements: this.improvements.trim(),
    };
  }
}

function emptyRatings(): Record<Competency, RatingDraft> {
  return Object.fromEntries(competencyOrder.map((competency) => [competency, { rating: null, note: '' }])) as Record<Competency, RatingDraft>;
}
