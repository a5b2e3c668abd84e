/** English UI strings for organiser accounts (keys are `account.*`). */
const account = {
  login: {
    title: "Organiser sign-in",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    invalid: "The email address or password is not right.",
    rateLimited: "Too many attempts. Please wait 15 minutes and try again.",
    noAccount: "No account yet?",
    signUp: "Create an organiser account",
    forgot: "Forgot your password?",
  },
  logout: "Sign out",
  errors: {
    required: "Please fill in this field.",
    email: "Please enter a valid email address.",
  },
};

export default account;
