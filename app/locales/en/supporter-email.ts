/** English UI strings for the supporter-email area (keys are `supporterEmail.*`). */
const supporterEmail = {};

export default supporterEmail;
