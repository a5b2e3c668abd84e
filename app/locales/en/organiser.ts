/** English UI strings for the organiser area (keys are `organiser.*`). */
const organiser = {};

export default organiser;
