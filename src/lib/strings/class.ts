/** UI strings of class mode and the teacher's page. */
export const classStrings = {
  studentBanner: 'Class mode: solutions and quiz answers are hidden. Check your own answers with Check.',
  teacherBanner: 'Teacher view: solutions and quiz answers are shown.',
  teachLink: 'For teachers',
  revealLoading: 'Loading the answer…',
  revealFailed: 'The answer could not be loaded.',
  objectivesHeading: 'After this lesson you can',
  // /teach/
  teach: {
    title: 'For teachers',
    description: 'Run a 90-minute lab on depthwise-separable convolutions with this site: a plan, class links, worksheets and answer keys.',
    intro: 'Everything here runs in the students\' browsers; nothing needs installing and no account is involved. ' +
      'This page gives a lesson plan for a 90-minute lab, the links to hand out, and what to expect from the benchmark lab.',
    offlineTip: 'On unreliable Wi-Fi: before class, open the site once on each machine (or have students do so) and press ' +
      '“Save for offline” at the foot of any page. It stores TensorFlow.js, its wasm files and the digits, so cells, the lab ' +
      'and training keep working when the network drops; the footer says when a machine is ready.',
    classModeHeading: 'Class mode: one link for students, one for you',
    studentLink: 'Student link (solutions and quiz answers hidden):',
    teacherLink: 'Teacher link (everything shown):',
    openLink: 'Back to normal reading (for readers on their own):',
    classModeHow: 'The mode is remembered in the browser, so students can move between lessons freely. Quiz answers are checked ' +
      'against salted hashes instead of being written into the page, and exercise solutions are loaded only on the teacher\'s link.',
    deterNotLock: 'Be plain with yourself about what this does: on a static site it deters, it does not lock. The whole site, ' +
      'answers included, is public and runs in the student\'s browser; a determined student can open the teacher link, read the ' +
      'JavaScript or brute-force a hashed number. Class mode keeps answers out of sight; it is no exam security.',
    planHeading: 'A 90-minute plan',
    planIntro: (factor: number, total: number) => `Built from each lesson's reading time (× ${factor} when projected and discussed) ` +
      `and each exercise's estimated time; it takes ${total} minutes. Lessons and exercises that do not fit are for after class.`,
    /** The class experiment in the plan, around its two links (the training page, the class experiment page). */
    planExperiment: {
      before: 'The class experiment runs through the lesson: right after the opening question every student starts the Class configuration on ',
      train: 'the training page',
      middle: ' in a tab of its own (it trains while the lessons go on, a few minutes on a laptop); at the end the class pools its runs on ',
      pool: 'the class experiment page',
      after: ' — each laptop a seed — and reads its own verdict, with its intervals, beside the reference’s.',
    },
    planCaption: 'Suggested plan: time, activity, what to project and what students do',
    planTime: 'Time',
    planActivity: 'Activity',
    planMinutes: 'Minutes',
    planProject: 'Project',
    planStudents: 'Students',
    homeworkHeading: 'Homework (did not fit in class)',
    laterHeading: 'Lessons to read after class (they did not fit in 90 minutes)',
    lessonsHeading: 'Lessons, objectives and handouts',
    readingTime: (minutes: number) => `${minutes} min read`,
    exercisesLabel: 'Exercises:',
    worksheet: 'Worksheet',
    answerKey: 'Answer key',
    projector: 'Projector mode',
    labHeading: 'What the lab will show',
    labIntro: (machine: string, preset: string) => `Measured on a modest machine (${machine}, preset “${preset}”): the separable block against ` +
      'a standard convolution, median over the layers of the preset. Expect the CPU and wasm backends to show a large part of the ' +
      'multiply-add saving, and a GPU (WebGL) to show much less of it: the depthwise step moves many bytes for little arithmetic, ' +
      'which a GPU does not hide. That gap is the lesson of the lab.',
    labCaption: 'Separable vs standard: median speed-up and median multiply-add ratio per backend',
    labBackend: 'Backend',
    labLayers: 'Layers',
    labSpeedup: 'Median speed-up',
    labMacRatio: 'Median multiply-add ratio',
    labSwiftShader: 'The WebGL row here ran on SwiftShader, a CPU emulation of a GPU; on a real GPU its numbers differ, which is why each student runs the lab on their own machine.',
    classResults: 'Collect the class\'s results',
    blockTitles: { intro: 'The question', start: 'Start the class experiment', lab: 'The benchmark lab', pool: 'Pool the training runs', verdict: 'The class’s verdict' },
    exerciseBlock: (title: string) => `Exercise: ${title}`,
    projectIntro: 'Home page: the question',
    projectLesson: (title: string) => `${title} (projector mode)`,
    projectExercise: 'The exercise, for a minute, then hands on',
    projectLab: 'Class results, as exports come in',
    projectStart: 'The training page: pick the Class configuration, press Train',
    projectPool: 'The class experiment, as runs come in',
    projectVerdict: 'The class’s verdict (projector mode)',
    projectEvidence: (title: string) => `${title}: the reference’s evidence`,
    readInClass: 'its experiment section is read in class, beside the class’s verdict',
    students: {
      intro: 'Open the student link.',
      lesson: 'Follow along; fill in the worksheet\'s questions.',
      exercise: 'Write the function in the exercise cell; Check until it passes.',
      'experiment-start': 'Open the training page in a new tab, pick the Class configuration and press Train; leave the tab open — it trains while the lessons go on.',
      lab: 'Run the lab\'s Quick preset (WebGL ticked where offered), copy the results link to the teacher, and compare their machine with the class median.',
      'experiment-pool': 'Export the finished run (or copy its results link) on the training page and send it to the teacher, who drops it on the class experiment page.',
      'experiment-verdict': 'Read the class’s verdict and its intervals; compare them with the reference at the same configuration; note one thing that surprised them.',
    },
  },
} as const;
