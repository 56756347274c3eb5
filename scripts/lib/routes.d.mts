/** Every built page route (`/`, `/convolution/`, …) except the 404 page, Pagefind's files and test pages. */
export declare function builtRoutesFromDist(): string[];
